import { expect, test } from "@playwright/test";
import { startDemoRun } from "./helpers";

test("a person stops a long run and it ends as STOPPED", async ({ page }) => {
  test.setTimeout(60_000);
  await startDemoRun(page, { vus: 5, durationSeconds: 60 });

  const status = page.getByTestId("run-status");
  await expect(status).toHaveText("RUNNING", { timeout: 15_000 });
  await page.getByRole("button", { name: "Stop" }).click();

  await expect(status).toHaveText("STOPPED", { timeout: 10_000 });
  // The page says who stopped it (the stack's admin is signed in).
  await expect(page.getByTestId("stop-reason")).toHaveText(/^Stopped by \S+@\S+$/);
  await expect(page.getByRole("button", { name: /Stop/ })).toHaveCount(0);
});
