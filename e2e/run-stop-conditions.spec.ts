import { expect, test } from "@playwright/test";
import { saveAndStart, setConcurrency, snapshot, stepCard, target, uniqueName } from "./editor-helpers";

test("a stop rule (error rate > 50% over 3 s) stops a failing run within 6 s and the page says why", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.goto("/scenarios/new");
  await page.getByLabel("Scenario name").fill(uniqueName("Stop conditions"));
  // Every request fails: the demo target has no such path (404).
  await stepCard(page, 0).getByLabel("API name").fill("missing");
  await stepCard(page, 0).getByLabel("URL", { exact: true }).fill(`${target}/no-such-path`);
  await setConcurrency(page, 2, 60);

  const rules = page.getByTestId("stop-conditions");
  await rules.getByRole("button", { name: "+ Add stop condition" }).click();
  await rules.getByLabel("Metric of stop condition 1").selectOption("error_rate");
  await rules.getByLabel("Comparison of stop condition 1").selectOption(">");
  await rules.getByLabel("Threshold of stop condition 1").fill("50");
  await rules.getByLabel("Window of stop condition 1 (seconds)").fill("3");
  await rules.getByLabel("Consecutive windows of stop condition 1").fill("1");
  await rules.getByLabel("Action of stop condition 1").selectOption("stop");

  const runId = await saveAndStart(page);
  const status = page.getByTestId("run-status");
  await expect(status).toHaveText(/RUNNING|STOPPING|STOPPED/, { timeout: 30_000 });
  await expect(status).toHaveText("STOPPED", { timeout: 30_000 });

  const banner = page.getByTestId("stop-reason");
  await expect(banner).toContainText(
    /Stopped by a stop condition: error rate 100% > 50% over 3 s windows, at 0:0[3-6]/,
  );
  await expect(page.getByTestId("run-events")).toContainText("stop_condition.stop");

  const { run, events } = await (await request.get(`/api/v1/runs/${runId}`)).json();
  expect(run.status).toBe("STOPPED");
  expect(run.stopReason).toMatch(/^error rate 100% > 50% over 3 s windows, at 0:0[3-6]$/);
  const fired = events.find((e: { kind: string }) => e.kind === "stop_condition.stop");
  // The failures start with the run: the rule fired by the end of its 6th second (second index 5)...
  expect(fired.data.second).toBeLessThanOrEqual(5);
  expect(fired.data.observed).toBe(100);
  // ...and a 60 s run ended within seconds of it.
  expect(new Date(run.endedAt).getTime() - new Date(run.startedAt).getTime()).toBeLessThan(20_000);

  await snapshot(page, testInfo.outputPath("run-stopped-by-condition.png"));
  await testInfo.attach("run stopped by a stop condition", {
    path: testInfo.outputPath("run-stopped-by-condition.png"),
    contentType: "image/png",
  });
});

test("project default stop conditions: admins edit them; a bad rule is refused naming its field", async ({
  page,
  request,
}) => {
  const { currentProjectId: projectId } = await (await request.get("/api/v1/me")).json();
  // Only a refused change here: the suites share this project, and its defaults apply to all their runs.
  const url = `/api/v1/projects/${projectId}/stop-conditions`;
  const bad = await request.put(url, {
    data: { stopConditions: [{ metric: "error_rate", comparison: ">", threshold: 150 }] },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues).toContain("stopConditions.0.threshold: error_rate is a percent: at most 100");

  await page.goto("/settings");
  const card = page.getByTestId("project-stop-conditions");
  await expect(card).toContainText("Used by every run of a scenario that defines no stop conditions");
  await expect((await request.get(url)).json()).resolves.toEqual({ stopConditions: expect.any(Array) });
});
