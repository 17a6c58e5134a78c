import { expect, test } from "@playwright/test";
import {
  activityUrl,
  copyAndPaste,
  expectFinished,
  fillApi,
  saveAndStart,
  setConcurrency,
  snapshot,
  stepCard,
  tokenUrl,
  uniqueName,
} from "./editor-helpers";

// PTS's first token method, built entirely in the editor: an API fetches the token, its output parameter
// `access_token` is pasted (copy button → Ctrl+V) into the next API's form body.
test("a person builds the token-step scenario in the editor, debugs it, and runs it to FINISHED", async ({
  page,
  context,
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const name = uniqueName("Editor token step");

  await page.goto("/scenarios");
  await page.getByRole("link", { name: "New scenario" }).click();
  await page.waitForURL("**/scenarios/new");
  await page.getByLabel("Scenario name").fill(name);

  const tokenApi = stepCard(page, 0);
  await fillApi(tokenApi, { name: "Get token", url: tokenUrl });
  await tokenApi.getByRole("tab", { name: /Output Parameter Definition/ }).click();
  await tokenApi.getByRole("button", { name: "+ Add output parameter" }).click();
  await tokenApi.getByLabel("Output 1 name").fill("access_token");
  await expect(tokenApi.getByLabel("Output 1 source")).toHaveValue("body-json");
  await tokenApi.getByLabel("Output 1 parsing expression").fill("access_token");

  await page.getByRole("button", { name: "+ Add API" }).click();
  const joinApi = stepCard(page, 1);
  await fillApi(joinApi, { name: "Join activity", method: "POST", url: activityUrl });
  await joinApi.getByRole("tab", { name: /Body Definition/ }).click();
  await joinApi.getByRole("radio", { name: /Form/ }).check();
  await joinApi.getByLabel("Form field 1 name").fill("input_token");
  const value = joinApi.getByLabel("Form field 1 value");
  await copyAndPaste(
    page,
    page.getByTestId("session-params").getByRole("button", { name: "Copy ${access_token}" }),
    value,
  );
  await expect(value).toHaveValue("${access_token}");
  await expect(joinApi.getByTestId("undefined-ref")).toHaveCount(0);

  // A reference nothing defines is flagged where it is typed, before any save.
  await joinApi.getByRole("tab", { name: /Headers/ }).click();
  await joinApi.getByRole("button", { name: "+ Add header" }).click();
  await joinApi.getByLabel("Header 1 name").fill("x-trace");
  await joinApi.getByLabel("Header 1 value").fill("${trace_id}");
  await expect(joinApi.getByTestId("undefined-ref")).toHaveText("nothing defines ${trace_id}");
  await joinApi.getByRole("button", { name: "Remove header 1" }).click();
  await expect(joinApi.getByTestId("undefined-ref")).toHaveCount(0);
  await joinApi.getByRole("tab", { name: /Body Definition/ }).click();
  await snapshot(page, testInfo.outputPath("editor.png"));

  // Debug: one iteration, for real; the token the first API extracted is what the second one sent.
  await page.getByRole("button", { name: "Debug", exact: true }).click();
  const debug = page.getByTestId("debug-panel");
  await expect(debug.getByTestId("debug-outcome")).toHaveText("passed", { timeout: 20_000 });
  const [tokenResult, joinResult] = [debug.getByTestId("debug-step").nth(0), debug.getByTestId("debug-step").nth(1)];
  const outputs = await tokenResult.getByTestId("debug-outputs").textContent();
  const token = /\$\{access_token\} = (\S+)/.exec(outputs ?? "")?.[1];
  expect(token).toMatch(/^\w{16,}$/);
  await expect(joinResult.getByTestId("debug-request-body")).toHaveText(`input_token=${token}`);
  await expect(joinResult.getByTestId("debug-response-status")).toContainText("HTTP 200");
  await snapshot(page, testInfo.outputPath("debug.png"), page.getByTestId("debug-card"));

  // Longer than the test stack's 8 s token lifetime: tokens expire during the run, and each iteration's own
  // token-retrieval step keeps the business API authenticated anyway.
  await setConcurrency(page, 3, 10);
  await expect(page.getByTestId("load-summary")).toHaveText("Concurrency: 3 VUs for 10 s, all at once");
  const runId = await saveAndStart(page);
  const summary = await expectFinished(page, request, runId);
  expect(summary.requests).toBeGreaterThan(0);
  expect(summary.failures).toBe(0);
  expect(summary.durationSeconds).toBeGreaterThan(8);
  expect(summary.steps.map((s) => s.step).sort()).toEqual(["Get token", "Join activity"]);
});
