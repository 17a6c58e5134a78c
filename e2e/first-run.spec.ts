import { randomBytes } from "node:crypto";
import { test, expect } from "@playwright/test";
import { dropDatabase, ensureDatabase } from "../scripts/lib/database";
import { BIN, freePort, type Managed, runStep, startProcess, waitForHttp } from "../scripts/lib/processes";

// A console of its own on a fresh database with no STAMPEDE_INIT_*: what a newcomer meets on a first start.
const databaseUrl = (() => {
  const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/stampede");
  url.pathname = `/stampede_first_run_${randomBytes(4).toString("hex")}`;
  return url.toString();
})();
let consoleUrl = "";
let web: Managed | undefined;

// A clean browser: none of the stack admin's cookies, and the browser's own Origin headers.
test.use({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: {} });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await ensureDatabase(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  for (const name of Object.keys(env)) if (name.startsWith("STAMPEDE_INIT_")) delete env[name];
  await runStep("migrate the first-run database", BIN("prisma"), ["migrate", "deploy"], env);
  const port = await freePort();
  consoleUrl = `http://127.0.0.1:${port}`;
  web = startProcess(
    "web-first-run",
    "../../node_modules/.bin/next",
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    env,
    "apps/web",
  );
  await waitForHttp("first-run console", `${consoleUrl}/api/v1/health`, 60_000, web);
});

test.afterAll(async () => {
  if (web?.child.exitCode === null) {
    const exited = new Promise((resolve) => web!.child.once("exit", resolve));
    web.child.kill("SIGTERM");
    await exited;
  }
  await dropDatabase(databaseUrl);
});

test("a fresh instance opens the first-run page, which makes the admin and logs them in; then it is closed", async ({
  page,
  playwright,
}) => {
  await page.goto(`${consoleUrl}/scenarios`);
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Create the first admin" })).toBeVisible();

  await page.getByLabel("E-mail").fill("first@stampede.test");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create the admin account" }).click();
  await expect(page.getByText("password: at least 10 characters")).toBeVisible();

  await page.getByLabel("Password").fill("a first admin password");
  await page.getByRole("button", { name: "Create the admin account" }).click();
  await expect(page).toHaveURL(/\/scenarios$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText("first@stampede.test");
  await expect(page.getByText("admin in this project")).toBeVisible();

  // Now that there is an admin, the page sends visitors to log in and its API refuses a second first admin.
  const stranger = await playwright.request.newContext({
    baseURL: consoleUrl,
    extraHTTPHeaders: { origin: consoleUrl },
  });
  const second = await stranger.post("/api/v1/setup", {
    data: { email: "second@stampede.test", password: "another long password" },
  });
  expect(second.status()).toBe(403);
  await stranger.dispose();

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto(`${consoleUrl}/setup`);
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("E-mail").fill("first@stampede.test");
  await page.getByLabel("Password").fill("a wrong password here");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("wrong e-mail or password")).toBeVisible();
  await page.getByLabel("Password").fill("a first admin password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/scenarios$/);
});
