import { expect, test } from "@playwright/test";
import {
  activityUrl,
  copyAndPaste,
  expectFinished,
  fetchTokens,
  fillApi,
  saveAndStart,
  setConcurrency,
  snapshot,
  stepCard,
  uniqueName,
} from "./editor-helpers";

// PTS's second token method: tokens recorded beforehand in token.csv, one row per iteration, bound as
// `${token}` into the business API's form body — all through the editor's Data sources panel.
test("a person uploads token.csv, binds its column into the body, and runs to FINISHED", async ({
  page,
  context,
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });

  await page.goto("/scenarios/new");
  await page.getByLabel("Scenario name").fill(uniqueName("Editor CSV tokens"));
  const joinApi = stepCard(page, 0);
  await fillApi(joinApi, { name: "Join activity", method: "POST", url: activityUrl });
  await joinApi.getByRole("tab", { name: /Body Definition/ }).click();
  await joinApi.getByRole("radio", { name: /Form/ }).check();
  await joinApi.getByLabel("Form field 1 name").fill("input_token");

  // Data files belong to a saved scenario: the panel asks to save first, and saving moves to its edit page.
  const panel = page.getByTestId("data-sources-unsaved");
  await panel.getByRole("button", { name: "Save scenario" }).click();
  await page.waitForURL(/\/scenarios\/[^/]+\/edit$/);
  const scenarioId = page.url().split("/").at(-2)!;
  const sources = page.getByTestId("data-sources-panel");
  await expect(sources).toContainText("Up to 100 MB");

  const tokens = await fetchTokens(request, 3);
  await expect(sources.getByLabel("Use First Line as Parameter Name")).toBeChecked();
  await sources.getByTestId("csv-file-input").setInputFiles({
    name: "token.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`token\n${tokens.join("\n")}\n`),
  });
  const file = sources.getByTestId("data-source").filter({ hasText: "token.csv" });
  await expect(file.getByTestId("data-source-stats")).toContainText("3 rows · 1 column ·");
  await expect(file.getByTestId("csv-preview")).toContainText(tokens[2]!);
  await expect(file).toContainText("Bound");

  // The column is a Data Source Parameter now; paste its reference into the body.
  await stepCard(page, 0)
    .getByRole("tab", { name: /Body Definition/ })
    .click();
  const value = stepCard(page, 0).getByLabel("Form field 1 value");
  await copyAndPaste(page, page.getByTestId("data-params").getByRole("button", { name: "Copy ${token}" }), value);
  await expect(value).toHaveValue("${token}");
  await expect(stepCard(page, 0).getByTestId("undefined-ref")).toHaveCount(0);

  // A ragged file is refused with the server's line and reason; token.csv stays as it was.
  const dropped = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["a,b\n1,2\n3\n"], "ragged.csv", { type: "text/csv" }));
    return transfer;
  });
  await sources.getByTestId("csv-drop-zone").dispatchEvent("drop", { dataTransfer: dropped });
  const refusal = sources.getByTestId("upload-error");
  await expect(refusal).toContainText("ragged.csv was not stored");
  await expect(refusal).toContainText(/ragged\.csv line 3: .*expected 2 fields, found 1/);
  await expect(sources.getByTestId("data-source")).toHaveCount(1);
  await expect(file.getByTestId("data-source-stats")).toContainText("3 rows");
  await snapshot(page, testInfo.outputPath("data-sources.png"), page.locator("section", { has: sources }));

  // Debug uses the stored file: the first row's token is what the request sent.
  await page.getByRole("button", { name: "Debug", exact: true }).click();
  const debug = page.getByTestId("debug-panel");
  // Passed while the tokens are fresh; once they expire (8 s on the test stack) the same request gets a 401.
  await expect(debug.getByTestId("debug-outcome")).toHaveText(/passed|failed/, { timeout: 20_000 });
  await expect(debug.getByTestId("debug-request-body")).toHaveText(`input_token=${tokens[0]}`);

  // Pre-recorded tokens cannot renew themselves: once they expire the business API answers 401, and the
  // run reports those as auth failures.
  await setConcurrency(page, 3, 10);
  const runId = await saveAndStart(page);
  const summary = await expectFinished(page, request, runId);
  const activity = summary.steps.find((s) => s.step === "Join activity")!;
  expect(activity.requests).toBeGreaterThan(0);
  expect(activity.errors.auth).toBeGreaterThan(0);
  expect(activity.errors.auth).toBe(activity.statusCodes["401"]);
  await expect(page.getByTestId("step-errors").first()).toContainText("auth ×");

  // The binding was saved with the scenario.
  const { scenario } = await (await request.get(`/api/v1/scenarios/${scenarioId}`)).json();
  expect(scenario.spec.dataSources).toEqual([expect.objectContaining({ name: "token.csv", firstLineIsHeader: true })]);
});
