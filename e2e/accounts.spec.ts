import { type Browser, expect, type Page, test } from "@playwright/test";
import { startDemoRun } from "./helpers";

/**
 * Projects, members and API keys as an admin manages them in the console, and what each role then sees.
 * Every spec starts logged in as the test stack's admin; the members log in from contexts of their own.
 */
const target = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";
const LOGGED_OUT = { cookies: [], origins: [] };

function uniqueId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A fresh browser, logged in as `email`, on the scenario list of its first project. */
async function logInAs(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ storageState: LOGGED_OUT, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/scenarios$/);
  return page;
}

/** Creates a scenario in the page's current project through the console's own API (a same-origin fetch). */
async function createScenario(page: Page, name: string): Promise<number> {
  return page.evaluate(
    async ({ name, url }) => {
      const response = await fetch("/api/v1/scenarios", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          name,
          spec: { flows: [{ name: "main", steps: [{ type: "http", name: "hello", url }] }] },
        }),
      });
      return response.status;
    },
    { name, url: `${target}/hello` },
  );
}

async function addMember(page: Page, email: string, role: "Editor" | "Viewer", password: string) {
  const form = page.getByRole("form", { name: "Add member" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByLabel(/First password/).fill(password);
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added ${email}.`);
  await expect(page.getByLabel(`Role of ${email}`)).toHaveValue(role.toUpperCase());
}

test("an admin makes a project with an Editor and a Viewer; each sees only what their role may do", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const id = uniqueId();
  const projectName = `Accounts ${id}`;
  const scenarioName = `roles ${id}`;
  const viewer = { email: `viewer-${id}@stampede.test`, password: `viewer-${id}-pw` };
  const editor = { email: `editor-${id}@stampede.test`, password: `editor-${id}-pw` };

  await page.goto("/settings/new-project");
  await page.getByLabel("Project name").fill(projectName);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/scenarios$/);
  await expect(page.locator("#project-switcher option:checked")).toHaveText(projectName);
  await expect(page.getByText("No scenarios yet")).toBeVisible();
  expect(await createScenario(page, scenarioName)).toBe(201);

  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Project settings" })).toBeVisible();
  await addMember(page, viewer.email, "Viewer", viewer.password);
  await addMember(page, editor.email, "Editor", editor.password);

  const asViewer = await logInAs(browser, viewer.email, viewer.password);
  const viewerRow = asViewer.getByRole("row", { name: new RegExp(scenarioName) });
  await expect(viewerRow).toBeVisible();
  await expect(viewerRow.getByRole("button", { name: "Start" })).toHaveCount(0);
  await expect(viewerRow.getByRole("link", { name: `Edit ${scenarioName}` })).toHaveCount(0);
  await expect(asViewer.getByRole("link", { name: "New scenario" })).toHaveCount(0);
  await asViewer.goto("/settings");
  await expect(asViewer.getByRole("heading", { name: "Members" })).toBeVisible();
  await expect(asViewer.getByTestId("members")).toContainText(editor.email);
  await expect(asViewer.getByRole("heading", { name: "API keys" })).toHaveCount(0);
  await expect(asViewer.getByRole("form", { name: "Add member" })).toHaveCount(0);
  await expect(asViewer.getByLabel(`Role of ${editor.email}`)).toHaveCount(0);
  await asViewer.context().close();

  const asEditor = await logInAs(browser, editor.email, editor.password);
  const editorRow = asEditor.getByRole("row", { name: new RegExp(scenarioName) });
  await expect(editorRow.getByRole("button", { name: "Start" })).toBeVisible();
  await expect(editorRow.getByRole("link", { name: `Edit ${scenarioName}` })).toBeVisible();
  await expect(asEditor.getByRole("link", { name: "New scenario" })).toBeVisible();
  await asEditor.context().close();
});

test("an admin creates an API key, sees it once, finds it listed by its prefix, and revokes it", async ({
  page,
  playwright,
}) => {
  const name = `ci-${uniqueId()}`;
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Create API key" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Scope").selectOption("run");
  await form.getByLabel("Expires after (days)").fill("30");
  await form.getByRole("button", { name: "Create key" }).click();

  const dialog = page.getByRole("dialog", { name: "API key created" });
  await expect(dialog).toContainText("You will not see it again");
  const key = await dialog.getByTestId("new-api-key").inputValue();
  expect(key).toMatch(/^stp_/);
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toHaveCount(0);

  const row = page.getByTestId("api-keys").getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${key.slice(0, 10)}…`);
  await expect(row).toContainText("active");
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);
  expect(await page.content()).not.toContain(key);

  const api = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    storageState: LOGGED_OUT,
    extraHTTPHeaders: { authorization: `Bearer ${key}` },
  });
  expect((await api.get("/api/v1/me")).status()).toBe(200);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("dialog", { name: "Revoke API key?" }).getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
  expect((await api.get("/api/v1/me")).status()).toBe(401);
  await api.dispose();

  await page.goto("/audit");
  await page.getByLabel("Action").selectOption("key");
  const entries = page.getByTestId("audit-events");
  await expect(entries.getByRole("row", { name: /key\.create/ }).filter({ hasText: name })).toHaveCount(1);
  await expect(entries.getByRole("row", { name: /key\.revoke/ })).not.toHaveCount(0);
  await expect(entries).not.toContainText("scenario.");
});

test("the run page's Activity card says who started the run and who stopped it", async ({ page }) => {
  test.setTimeout(60_000);
  await startDemoRun(page, { vus: 1, durationSeconds: 60 });
  const activity = page.getByTestId("run-activity");
  await expect(activity).toContainText("run.start");
  await expect(activity).toContainText(process.env.STAMPEDE_INIT_ADMIN_EMAIL!);

  await expect(page.getByTestId("run-status")).toHaveText("RUNNING", { timeout: 15_000 });
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByTestId("run-status")).toHaveText("STOPPED", { timeout: 10_000 });
  await expect(activity).toContainText("run.stop", { timeout: 10_000 });
});
