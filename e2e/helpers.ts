import { expect, type Page } from "@playwright/test";

/** The confirmation every Start dialog asks for before Execute Now. */
export const COMPLIANCE_LABEL =
  "I confirm this test is permitted and complies with the applicable laws and regulations";

/** The scenario the seed script creates; the demo target serves its token and activity APIs. */
export const DEMO_SCENARIO = "Demo: token + activity";

/** From /scenarios: opens the demo scenario's Start dialog, sets the load, executes, and waits for the run page. */
export async function startDemoRun(page: Page, load: { vus: number; durationSeconds: number }): Promise<string> {
  await page.goto("/scenarios");
  const row = page.getByRole("row", { name: new RegExp(escapeRegExp(DEMO_SCENARIO)) });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Start" }).click();

  const dialog = page.getByRole("dialog", { name: "Start a run" });
  await dialog.getByLabel("Virtual users").fill(String(load.vus));
  await dialog.getByLabel("Duration (s)").fill(String(load.durationSeconds));
  await dialog.getByLabel("Ramp-up (s)").fill("0");
  await dialog.getByLabel(COMPLIANCE_LABEL).check();
  await dialog.getByRole("button", { name: "Execute Now" }).click();

  await page.waitForURL(/\/runs\/[^/]+$/);
  return page.url().split("/").pop()!;
}

/** The number of per-second points the requests chart holds. */
export async function pointCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("point-count").textContent());
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
