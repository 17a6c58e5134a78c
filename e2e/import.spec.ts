import { type APIRequestContext, expect, test } from "@playwright/test";
import { expectFinished, saveAndStart, setConcurrency, target, uniqueName } from "./editor-helpers";

/** The demo app's credentials, as the demo target is configured in the test stack. */
const CREDENTIALS = { appid: "wx-demo-app", secret: "demo-secret" };

interface HarExchange {
  method: string;
  url: string;
  headers?: Array<{ name: string; value: string }>;
  body?: string;
  status: number;
  mimeType: string;
  text: string;
}

/** One HAR 1.2 entry as Chromium writes it (the fields the importer reads). */
function harEntry(exchange: HarExchange, startedAt: number) {
  return {
    startedDateTime: new Date(startedAt).toISOString(),
    time: 12,
    request: {
      method: exchange.method,
      url: exchange.url,
      httpVersion: "HTTP/1.1",
      headers: [{ name: "Accept", value: "*/*" }, ...(exchange.headers ?? [])],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: exchange.body?.length ?? 0,
      ...(exchange.body && { postData: { mimeType: "application/json", text: exchange.body } }),
    },
    response: {
      status: exchange.status,
      statusText: "",
      httpVersion: "HTTP/1.1",
      headers: [{ name: "Content-Type", value: exchange.mimeType }],
      cookies: [],
      content: { size: exchange.text.length, mimeType: exchange.mimeType, text: exchange.text },
      redirectURL: "",
      headersSize: -1,
      bodySize: exchange.text.length,
    },
    cache: {},
    timings: { send: 1, wait: 10, receive: 1 },
  };
}

/**
 * A HAR of a person signing in to the demo target and joining the activity, recorded for real against the
 * stack's demo target (so the token in it is one the target issued), plus a style sheet and a repeated list
 * call, which the preview leaves out by default.
 */
async function recordDemoHar(request: APIRequestContext): Promise<string> {
  const exchanges: HarExchange[] = [];
  const tokenBody = JSON.stringify(CREDENTIALS);
  const token = await request.post(`${target}/api/token`, { data: CREDENTIALS });
  const tokenText = await token.text();
  const accessToken = (JSON.parse(tokenText) as { access_token: string }).access_token;
  exchanges.push({
    method: "POST",
    url: `${target}/api/token`,
    headers: [{ name: "Content-Type", value: "application/json" }],
    body: tokenBody,
    status: token.status(),
    mimeType: "application/json",
    text: tokenText,
  });
  exchanges.push({
    method: "GET",
    url: `${target}/shop/style.css`,
    status: 200,
    mimeType: "text/css",
    text: "body { font-family: sans-serif; }",
  });
  const items = await request.get(`${target}/api/items?page=1`);
  const itemsExchange = { method: "GET", url: `${target}/api/items?page=1`, status: 200, mimeType: "application/json" };
  exchanges.push({ ...itemsExchange, text: await items.text() });
  const join = await request.post(`${target}/api/activity`, {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { user: "ana" },
  });
  expect(join.status()).toBe(200);
  exchanges.push({
    method: "POST",
    url: `${target}/api/activity`,
    headers: [
      { name: "Authorization", value: `Bearer ${accessToken}` },
      { name: "Content-Type", value: "application/json" },
    ],
    body: JSON.stringify({ user: "ana" }),
    status: 200,
    mimeType: "application/json",
    text: await join.text(),
  });
  exchanges.push({ ...itemsExchange, text: await items.text() });
  const start = Date.now() - 10_000;
  const entries = exchanges.map((exchange, i) => harEntry(exchange, start + i * 500));
  return JSON.stringify(
    { log: { version: "1.2", creator: { name: "Chromium", version: "140" }, pages: [], entries } },
    null,
    2,
  );
}

test("a person imports a HAR of the demo target, correlates the token, debugs it green and runs it to FINISHED", async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const har = await recordDemoHar(request);
  const name = uniqueName("Imported shop");

  await page.goto("/scenarios");
  await page.getByRole("link", { name: "Import HAR, cURL, Postman, OpenAPI, JMeter" }).click();
  await page.waitForURL("**/scenarios/import");
  await page.getByTestId("import-source-file").setInputFiles({
    name: "shop.har",
    mimeType: "application/json",
    buffer: Buffer.from(har),
  });
  await expect(page.getByTestId("import-detected")).toHaveText("shop.har: HAR, 5 requests");

  // The style sheet and the repeated list call are hidden and unticked; shown again, they stay unticked.
  const rows = page.getByTestId("import-request-row");
  await expect(rows).toHaveCount(3);
  await page.getByLabel(/^Hide static assets/).uncheck();
  await page.getByLabel(/^Hide duplicates/).uncheck();
  await expect(rows).toHaveCount(5);
  await expect(page.getByRole("checkbox", { name: /Import GET \/shop\/style\.css/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Import GET \/api\/items\?page=1 \(entry 5\)/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Import POST \/api\/activity/ })).toBeChecked();
  await expect(page.getByRole("button", { name: "Import 3 requests" })).toBeEnabled();

  // The token the first response returned and the join request sent is proposed, with its value masked.
  const correlation = page.getByTestId("import-correlation").filter({ hasText: "${access_token}" });
  await expect(correlation).toContainText("token");
  await expect(correlation).toContainText("header Authorization");
  await expect(correlation.getByRole("checkbox", { name: "Correlate access_token" })).toBeChecked();
  await expect(page.getByText(/^Not imported \(\d+\)$/)).toBeVisible();

  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Import 3 requests" }).click();
  await page.waitForURL(/\/scenarios\/[^/]+\/edit$/, { timeout: 15_000 });
  await expect(page.getByLabel("Scenario name")).toHaveValue(name);

  // Debug: the token is read from the live answer and sent as ${access_token}, so the join is accepted.
  await page.getByRole("button", { name: "Debug", exact: true }).click();
  const debug = page.getByTestId("debug-panel");
  await expect(debug.getByTestId("debug-outcome")).toHaveText("passed", { timeout: 20_000 });
  await expect(debug.getByTestId("debug-step")).toHaveCount(3);

  await setConcurrency(page, 2, 5);
  const runId = await saveAndStart(page);
  const summary = await expectFinished(page, request, runId);
  expect(summary.requests).toBeGreaterThan(0);
  expect(summary.failures).toBe(0);
});

test("a person makes the recorded token the scenario's token provider and appends it from the editor's flow", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const har = await recordDemoHar(request);
  const name = uniqueName("Imported with a token provider");
  await page.goto("/scenarios/import");
  await page.getByTestId("import-source-file").setInputFiles({
    name: "shop.har",
    mimeType: "application/json",
    buffer: Buffer.from(har),
  });
  const correlation = page.getByTestId("import-correlation").filter({ hasText: "${access_token}" });
  await correlation.getByLabel("Use the token provider instead").check();
  await page.getByLabel("Scenario name").fill(name);
  await page.getByRole("button", { name: "Import 3 requests" }).click();
  await page.waitForURL(/\/scenarios\/[^/]+\/edit$/, { timeout: 15_000 });
  const scenarioId = page.url().split("/").at(-2)!;

  // The token request left the steps for the token provider; every VU's requests share its token.
  await expect(page.getByTestId("step-card")).toHaveCount(2);
  await page.getByRole("button", { name: "Debug", exact: true }).click();
  await expect(page.getByTestId("debug-panel").getByTestId("debug-outcome")).toHaveText("passed", { timeout: 20_000 });

  // "Append requests" on the flow opens the import aimed at that flow.
  await page.getByRole("link", { name: "Append requests" }).click();
  await page.waitForURL(/\/scenarios\/import\?scenario=/);
  await page.getByLabel(/Or paste cURL commands/).fill(`curl '${target}/hello'`);
  await page.getByRole("button", { name: "Preview pasted commands" }).click();
  await expect(page.getByLabel("Append to a flow of a scenario")).toBeChecked();
  await expect(page.getByLabel("Scenario", { exact: true })).toHaveValue(scenarioId);
  await page.getByRole("button", { name: "Import 1 request" }).click();
  await page.waitForURL(`**/scenarios/${scenarioId}/edit`, { timeout: 15_000 });
  await expect(page.getByTestId("step-card")).toHaveCount(3);
});

test("a malformed HAR and a cURL line with a bad quote are refused saying where", async ({ page }) => {
  await page.goto("/scenarios/import");
  await page.getByTestId("import-source-file").setInputFiles({
    name: "broken.har",
    mimeType: "application/json",
    buffer: Buffer.from('{\n  "log": {\n    "entries": [\n      { "request": }\n    ]\n  }\n}\n'),
  });
  await expect(page.getByRole("alert").filter({ hasText: /^line 4, column \d+: not valid JSON/ })).toBeVisible();

  await page
    .getByLabel(/Or paste cURL commands/)
    .fill(`curl '${target}/hello'\n\ncurl '${target}/api/items -H 'Accept: */*'`);
  await page.getByRole("button", { name: "Preview pasted commands" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /^line 3: unterminated .*quote/ })).toBeVisible();
});

test("the import API answers a bad file and a bad choice with 400s that say where", async ({ request }) => {
  const badFile = await request.post("/api/v1/imports/preview", {
    data: { fileName: "x.har", content: '{"log": {"entries": [{"request": {"method": "GET"}}]}}' },
  });
  expect(badFile.status()).toBe(400);
  expect(await badFile.json()).toMatchObject({ where: "entry 1", error: "entry 1: request.url is missing" });

  const unknown = await request.post("/api/v1/imports/preview", { data: { format: "soap", content: "<x/>" } });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).issues.join("\n")).toMatch(/format: .*har, curl, postman, openapi, jmeter/);

  const preview = await request.post("/api/v1/imports/preview", {
    data: { format: "curl", content: `curl '${target}/hello'` },
  });
  expect(preview.status()).toBe(200);
  const body = (await preview.json()) as { preview: unknown };
  const badChoice = await request.post("/api/v1/imports", {
    data: { preview: body.preview, choice: { include: [0, 9] }, target: { kind: "new", name: "" } },
  });
  expect(badChoice.status()).toBe(400);
  expect((await badChoice.json()).issues).toEqual(["target.name: name must not be empty"]);
  const missing = await request.post("/api/v1/imports", {
    data: { preview: body.preview, choice: { include: [0, 9] }, target: { kind: "new", name: "Hello" } },
  });
  expect(missing.status()).toBe(400);
  expect((await missing.json()).issues).toEqual(["choice.include.1: no request with index 9 in the preview"]);
});

test("the import API appends requests to a flow, refusing a version saved in between", async ({ request }) => {
  const created = await request.post("/api/v1/scenarios", {
    data: {
      name: uniqueName("Append by API"),
      spec: { flows: [{ name: "browse", steps: [{ type: "http", name: "hello", url: `${target}/hello` }] }] },
    },
  });
  expect(created.status()).toBe(201);
  const { scenario } = (await created.json()) as { scenario: { id: string; version: number } };

  const previewed = await request.post("/api/v1/imports/preview", {
    data: { content: `curl '${target}/api/items?page=2' -H 'Accept: application/json'` },
  });
  expect(previewed.status()).toBe(200);
  const { preview } = (await previewed.json()) as { preview: { format: string } };
  expect(preview.format).toBe("curl");
  const append = { kind: "append", scenarioId: scenario.id, flow: "browse", expectedVersion: scenario.version };

  const appended = await request.post("/api/v1/imports", {
    data: { preview, choice: { include: [0] }, target: append },
  });
  expect(appended.status()).toBe(201);
  expect(await appended.json()).toEqual({ scenarioId: scenario.id });
  const saved = (await (await request.get(`/api/v1/scenarios/${scenario.id}`)).json()) as {
    scenario: { version: number; spec: { flows: Array<{ steps: Array<{ name: string; url: string }> }> } };
  };
  expect(saved.scenario.version).toBe(scenario.version + 1);
  expect(saved.scenario.spec.flows[0]!.steps.map((s) => s.url)).toEqual([
    `${target}/hello`,
    `${target}/api/items?page=2`,
  ]);

  const stale = await request.post("/api/v1/imports", { data: { preview, choice: { include: [0] }, target: append } });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { currentVersion: number }).currentVersion).toBe(scenario.version + 1);
});
