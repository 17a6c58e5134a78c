import { type APIRequestContext, expect, type Locator, type Page } from "@playwright/test";
import { COMPLIANCE_LABEL } from "./helpers";

/** Helpers for the editor's browser tests: they drive the page the way a person does, by labels and roles. */
export const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";
export const tokenUrl = `${target}/cgi-bin/token?grant_type=client_credential&appid=wx-demo-app&secret=demo-secret`;
export const activityUrl = `${target}/api/activity`;

export const uniqueName = (base: string) => `${base} ${Date.now().toString(36)}`;

/** The n-th (0-based) API or instruction card of the flow shown. */
export const stepCard = (page: Page, index: number): Locator => page.getByTestId("step-card").nth(index);

/** Fills an API card's request line. */
export async function fillApi(card: Locator, api: { name: string; method?: string; url: string }) {
  await card.getByLabel("API name").fill(api.name);
  if (api.method) await card.getByLabel("Method").selectOption(api.method);
  await card.getByLabel("URL", { exact: true }).fill(api.url);
}

/** Clicks a copy-reference button and pastes the clipboard into a field, as a person would with Ctrl+V. */
export async function copyAndPaste(page: Page, copyButton: Locator, field: Locator) {
  await copyButton.click();
  await expect(page.getByTestId("toast")).toContainText("Copied");
  await field.click();
  await field.press("ControlOrMeta+V");
}

/** Sets the load settings panel to a short concurrency run. */
export async function setConcurrency(page: Page, vus: number, seconds: number) {
  const load = page.getByTestId("load-settings");
  await load.getByRole("radio", { name: /Concurrency/ }).check();
  await load.getByLabel("Max VUs").fill(String(vus));
  await load.getByLabel("Duration").fill(String(seconds));
}

/** Save and Start → tick the confirmation → Execute Now; returns the run id from the page it lands on. */
export async function saveAndStart(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Save and Start" }).click();
  const dialog = page.getByRole("dialog", { name: "Save and start a run" });
  const execute = dialog.getByRole("button", { name: "Execute Now" });
  await expect(execute).toBeDisabled();
  await dialog.getByLabel(COMPLIANCE_LABEL).check();
  await expect(execute).toBeEnabled();
  await execute.click();
  await page.waitForURL(/\/runs\/[^/]+$/, { timeout: 15_000 });
  return page.url().split("/").pop()!;
}

/** Waits for the run page to say FINISHED, then reads the run's summary from the API. */
export async function expectFinished(page: Page, request: APIRequestContext, runId: string) {
  await expect(page.getByTestId("run-status")).toHaveText("FINISHED", { timeout: 45_000 });
  const { run } = await (await request.get(`/api/v1/runs/${runId}`)).json();
  expect(run.status).toBe("FINISHED");
  return run.summary as {
    requests: number;
    failures: number;
    durationSeconds: number;
    steps: { step: string; requests: number; errors: Record<string, number>; statusCodes: Record<string, number> }[];
  };
}

/** Fetches real tokens from the demo target, as a person would pre-record them for a CSV file. */
export async function fetchTokens(request: APIRequestContext, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = await (await request.get(tokenUrl)).json();
    expect(body.access_token).toBeTruthy();
    tokens.push(body.access_token);
  }
  return tokens;
}

/**
 * A screenshot for a person to look at. The viewport is stretched to the whole document first: a fullPage
 * capture of a scrolled page draws the sticky toolbar and the sidebar in the middle of the image.
 */
export async function snapshot(page: Page, path: string, part?: Locator) {
  await expect(page.getByTestId("toast")).toHaveCount(0, { timeout: 5000 });
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = part ? await part.boundingBox() : null;
  await page.screenshot({ path, clip: box ?? undefined, fullPage: !box });
  await page.setViewportSize(viewport);
}
