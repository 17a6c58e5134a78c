import { defineConfig, devices } from "@playwright/test";
import { ADMIN_STATE } from "./e2e/global-setup";

const baseURL = process.env.STAMPEDE_WEB_URL ?? "http://127.0.0.1:3100";

/**
 * Browser tests against servers that are already running: the test script starts the web console, the
 * worker and the demo target, seeds the database, and passes STAMPEDE_WEB_URL. Nothing is started here.
 */
export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results",
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    // Every spec starts logged in as the stack's admin (e2e/global-setup.ts).
    storageState: ADMIN_STATE,
    // The API refuses cookie-authenticated writes without a same-origin Origin. Browsers send one themselves;
    // Playwright's request client does not, so it is set here. Cross-site specs clear it.
    extraHTTPHeaders: { origin: baseURL },
    screenshot: "only-on-failure",
    trace: "off",
    viewport: { width: 1280, height: 900 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 900 },
        // Debian's Chromium: `npx playwright install` cannot download browsers on these offline machines.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
});
