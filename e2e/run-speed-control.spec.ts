import { expect, test } from "@playwright/test";
import { startDemoRun } from "./helpers";

test("a person lowers a running run's max VUs in the page and the change shows with who made it", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  await startDemoRun(page, { vus: 6, durationSeconds: 60 });
  await expect(page.getByTestId("run-status")).toHaveText("RUNNING", { timeout: 20_000 });

  const current = page.getByTestId("speed-current-vus");
  await expect(current).toHaveText("6", { timeout: 15_000 });
  const control = page.getByTestId("speed-control");
  await control.getByTestId("speed-value").fill("2");
  await control.getByRole("button", { name: "Apply" }).click();
  await expect(control.getByRole("status")).toHaveText("speed set to 2 VUs");

  // The VU figure follows within 3 s (VUs above the new count finish their iteration and leave)...
  await expect(current).not.toHaveText("6", { timeout: 3_000 });
  await expect(current).toHaveText("2", { timeout: 10_000 });
  // ...and the timeline shows the change and who made it.
  const admin = process.env.STAMPEDE_INIT_ADMIN_EMAIL!;
  await expect(page.getByTestId("run-events")).toContainText(`speed changed to 2 VUs by ${admin}`, { timeout: 10_000 });

  await testInfo.attach("run-speed-control", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("STOPPED", { timeout: 15_000 });
});
