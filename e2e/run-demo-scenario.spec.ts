import path from "node:path";
import { expect, test } from "@playwright/test";
import { pointCount, startDemoRun } from "./helpers";

test("a person starts the demo scenario and watches it run to the end", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await startDemoRun(page, { vus: 5, durationSeconds: 6 });

  const status = page.getByTestId("run-status");
  await expect(status).toHaveText("RUNNING", { timeout: 15_000 });

  // The chart grows while the run is live, second by second, from the stream.
  await expect.poll(() => pointCount(page), { timeout: 20_000 }).toBeGreaterThan(2);

  await expect(status).toHaveText("FINISHED", { timeout: 40_000 });
  await expect
    .poll(async () => Number((await page.getByTestId("kpi-requests").textContent())?.replace(/,/g, "")), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0);

  // The sampled log shows what a good answer looked like, with the token masked.
  const filters = page.getByRole("form", { name: "Filter sampled requests" });
  await filters.getByLabel("Kind", { exact: true }).selectOption("success");
  await filters.getByRole("button", { name: "Filter" }).click();
  const samples = page.getByTestId("run-samples");
  await expect(samples.locator("li").first()).toBeVisible({ timeout: 10_000 });
  await samples.locator("summary").first().click();
  await expect(samples).toContainText("chars masked");

  // For a human to look at: the finished run page, at a fixed path in test-results.
  await page.screenshot({ path: path.join(testInfo.project.outputDir, "run-demo-finished.png"), fullPage: true });
});
