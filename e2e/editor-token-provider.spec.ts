import { expect, test } from "@playwright/test";
import {
  activityUrl,
  expectFinished,
  saveAndStart,
  setConcurrency,
  stepCard,
  tokenUrl,
  uniqueName,
} from "./editor-helpers";

// PTS's third token method: the flow's token API becomes the scenario's token provider — one token for all
// VUs, refreshed before expiry, with WeChat's errcode 40001/42001 counted as a rejection.
test("a person turns the token API into the token provider, tunes it, debugs and runs it", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const spec = {
    flows: [
      {
        name: "main",
        steps: [
          {
            type: "http",
            name: "Get token",
            url: tokenUrl,
            outputs: [{ name: "access_token", source: "body-json", expression: "access_token" }],
          },
          {
            type: "http",
            name: "Join activity",
            method: "POST",
            url: activityUrl,
            body: { type: "json", json: '{"input_token":"${access_token}"}' },
          },
        ],
      },
    ],
  };
  const created = await request.post("/api/v1/scenarios", {
    data: { name: uniqueName("Editor token provider"), spec },
  });
  const { scenario } = await created.json();
  await page.goto(`/scenarios/${scenario.id}/edit`);

  await stepCard(page, 0).getByRole("button", { name: "Make this API the token provider" }).click();
  await expect(page.getByTestId("step-card")).toHaveCount(1);
  const provider = page.getByTestId("token-provider");
  await expect(provider.getByLabel("URL", { exact: true })).toHaveValue(tokenUrl);
  await expect(provider.getByLabel("Token expression")).toHaveValue("access_token");
  await expect(provider.getByLabel("Parameter name (use as ${name})")).toHaveValue("access_token");
  await expect(provider.getByLabel("Lifetime field (seconds)")).toHaveValue("expires_in");
  await expect(provider.getByLabel("Body rule 1 values")).toHaveValue("40001, 42001");
  // The token is a session parameter now, so the business API's reference is still defined.
  await stepCard(page, 0)
    .getByRole("tab", { name: /Body Definition/ })
    .click();
  await expect(stepCard(page, 0).getByTestId("undefined-ref")).toHaveCount(0);
  await expect(page.getByTestId("session-params")).toContainText("token provider");

  await provider.getByLabel("HTTP statuses (comma-separated)").fill("401, 403");
  await provider.getByLabel("Refresh before expiry").fill("120");

  await page.getByRole("button", { name: "Debug", exact: true }).click();
  const debug = page.getByTestId("debug-panel");
  await expect(debug.getByTestId("debug-outcome")).toHaveText("passed", { timeout: 20_000 });
  await expect(debug.getByTestId("debug-step").first()).toContainText("token provider");

  await setConcurrency(page, 2, 3);
  const runId = await saveAndStart(page);
  const summary = await expectFinished(page, request, runId);
  expect(summary.failures).toBe(0);
  const stored = (await (await request.get(`/api/v1/scenarios/${scenario.id}`)).json()).scenario.spec;
  expect(stored.flows[0].steps.map((s: { name: string }) => s.name)).toEqual(["Join activity"]);
  expect(stored.tokenProvider).toMatchObject({
    param: "access_token",
    refreshMarginSeconds: 120,
    rejectedWhen: { statuses: [401, 403], bodyJson: [{ expression: "errcode", values: ["40001", "42001"] }] },
  });
});
