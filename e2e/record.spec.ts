import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, expect, test, type Page } from "@playwright/test";
import { expectFinished, saveAndStart, setConcurrency, uniqueName } from "./editor-helpers";
import { ProxyAgent, request as undiciRequest } from "undici";

// The console's recording proxy, driven from its Record page. A second Chromium browses the demo target through
// the proxy (Chromium skips proxies for loopback unless told `<-loopback>`); HTTPS goes through a server this
// test starts on 127.0.0.1, reached by a client that trusts only the CA the console serves.
const demoTarget = new URL(process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010");

/** The browsing Chromium: quiet (no update or sync traffic of its own), and proxied for loopback sites too. */
async function launchProxiedChromium(proxy: string) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    proxy: { server: proxy },
    args: [
      ...["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
      ...["--disable-sync", "--no-first-run", "--disable-default-apps", "--proxy-bypass-list=<-loopback>"],
    ],
  });
}

/**
 * A page of the browsing Chromium without the test config's extra headers: Playwright applies them to every
 * context a test opens, and an `Origin` forced onto a page's own fetch calls makes Chromium refuse them.
 */
async function browsingPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: {} });
  return context.newPage();
}

interface THarEntry {
  request: { method: string; url: string };
  response: { status: number; content: { text?: string } };
}

async function startRecording(page: Page, hosts: string): Promise<{ id: string; proxy: string }> {
  await page.goto("/record");
  await page.getByLabel("Hosts to record").fill(hosts);
  const started = page.waitForResponse(
    (r) => r.url().endsWith("/api/v1/recordings") && r.request().method() === "POST",
  );
  await page.getByRole("button", { name: "Start recording" }).click();
  const { id } = (await (await started).json()) as { id: string };
  const address = (await page.getByTestId("proxy-address").textContent())!.trim();
  expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
  return { id, proxy: `http://${address}` };
}

async function stopIntoImport(page: Page, id: string): Promise<THarEntry[]> {
  await page.getByRole("button", { name: "Stop and import" }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/import\\?recording=${id}$`));
  const har = (await (await page.request.get(`/api/v1/recordings/${id}/har`)).json()) as {
    log: { version: string; entries: THarEntry[] };
  };
  expect(har.log.version).toBe("1.2");
  return har.log.entries;
}

// A test that fails midway must not leave its recording running for the next (one per project at a time).
test.afterEach(async ({ request }) => {
  const { recording } = (await (await request.get("/api/v1/recordings")).json()) as {
    recording: { id: string } | null;
  };
  if (recording) await request.post(`/api/v1/recordings/${recording.id}/stop`);
});

test("a recording captures a browser's requests live, and stopping it leads to the import", async ({ page }) => {
  test.setTimeout(90_000);
  const { id, proxy } = await startRecording(page, demoTarget.host);
  await expect(page.getByText("Download the CA certificate")).toBeVisible();

  const browser = await launchProxiedChromium(proxy);
  try {
    const browsing = await browsingPage(browser);
    for (const path of ["/hello", "/api/items"]) {
      const response = await browsing.goto(new URL(path, demoTarget).href);
      expect(response?.status()).toBe(200);
    }
  } finally {
    await browser.close();
  }

  // The rows arrive over the events stream while the page stays open: no reload.
  const rows = page.getByTestId("captured-requests");
  await expect(rows).toContainText(`${demoTarget.origin}/hello`, { timeout: 15_000 });
  await expect(rows).toContainText(`${demoTarget.origin}/api/items`);
  await expect(rows.locator("tr").first()).toContainText("GET");
  await expect(rows.locator("tr").first()).toContainText("200");

  const entries = await stopIntoImport(page, id);
  const items = entries.find((e) => e.request.url === `${demoTarget.origin}/api/items`);
  expect(items?.response.status).toBe(200);
  expect(items?.response.content.text).toBeTruthy();

  // Stopped means stopped: the same proxy port no longer answers.
  const refused = await undiciRequest(`${demoTarget.origin}/hello`, { dispatcher: new ProxyAgent(proxy) }).catch(
    (error: Error) => error,
  );
  expect(refused).toBeInstanceOf(Error);
});

test("HTTPS through the recording proxy, trusting only the console's CA", async ({ page }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), "stampede-record-e2e-"));
  const [keyFile, certFile] = [join(dir, "key.pem"), join(dir, "cert.pem")];
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"],
      ...["-addext", "subjectAltName=DNS:localhost", "-keyout", keyFile, "-out", certFile],
    ],
    { stdio: "ignore" },
  );
  const server: Server = createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ access_token: "tls-token", path: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `https://localhost:${(server.address() as AddressInfo).port}`;
  try {
    const { id, proxy } = await startRecording(page, new URL(origin).host);
    const ca = await (await page.request.get("/api/v1/recordings/ca.pem")).text();
    expect(ca).toContain("BEGIN CERTIFICATE");
    expect(ca).not.toContain("PRIVATE KEY");

    const dispatcher = new ProxyAgent({ uri: proxy, requestTls: { ca } });
    const response = await undiciRequest(`${origin}/api/token?appid=wx1`, { dispatcher });
    expect(response.statusCode).toBe(200);
    expect(await response.body.json()).toMatchObject({ access_token: "tls-token" });
    await dispatcher.close();

    await expect(page.getByTestId("captured-requests")).toContainText(`${origin}/api/token?appid=wx1`, {
      timeout: 15_000,
    });
    const entries = await stopIntoImport(page, id);
    expect(entries.map((e) => e.request.url)).toEqual([`${origin}/api/token?appid=wx1`]);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the demo shop browsed through the proxy, imported with its token correlated, runs to FINISHED with no failures", async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const { id, proxy } = await startRecording(page, demoTarget.host);
  const browser = await launchProxiedChromium(proxy);
  try {
    // The demo shop, as a person uses it: its sign-in page calls the token API, its items page lists and joins
    // with the token (pages, style sheet and script all through the proxy).
    const browsing = await browsingPage(browser);
    await browsing.goto(new URL("/shop/", demoTarget).href);
    await browsing.getByRole("button", { name: "Sign in" }).click();
    await browsing.waitForURL("**/shop/items");
    await browsing.getByText("Signed in").waitFor();
    await browsing.getByRole("button", { name: "Join" }).first().click();
    await expect(browsing.getByRole("status")).toHaveText(/^Joined /);
  } finally {
    await browser.close();
  }
  await expect(page.getByTestId("captured-requests")).toContainText(`${demoTarget.origin}/api/activity`, {
    timeout: 15_000,
  });

  await stopIntoImport(page, id);
  // The preview of the recording: the token the sign-in returned and the join sent is proposed.
  const correlation = page.getByTestId("import-correlation").filter({ hasText: "${access_token}" });
  await expect(correlation.getByRole("checkbox", { name: "Correlate access_token" })).toBeChecked({ timeout: 15_000 });
  await page.getByLabel("Scenario name").fill(uniqueName("Recorded sign-in"));
  await page.getByRole("button", { name: /^Import \d+ requests$/ }).click();
  await page.waitForURL(/\/scenarios\/[^/]+\/edit$/, { timeout: 15_000 });

  await page.getByRole("button", { name: "Debug", exact: true }).click();
  await expect(page.getByTestId("debug-panel").getByTestId("debug-outcome")).toHaveText("passed", { timeout: 20_000 });
  await setConcurrency(page, 2, 4);
  const runId = await saveAndStart(page);
  const summary = await expectFinished(page, request, runId);
  expect(summary.requests).toBeGreaterThan(0);
  expect(summary.failures).toBe(0);
});
