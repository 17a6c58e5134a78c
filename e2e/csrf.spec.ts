import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { BASE_URL, demoScenarioId, helloScenario, initApiKey, keyContext } from "./auth-helpers";

/**
 * A page on another origin must not be able to use the logged-in admin's session to write. The other origin
 * is 127.0.0.1 on another port: the same *site* as the console, so the browser does send the SameSite=Lax
 * session cookie with its form POST — only the console's Origin and content-type check stands in the way.
 */

// The admin's session cookies, but none of the global same-origin header: a browser or client sends its own.
test.use({ extraHTTPHeaders: {} });
test.describe.configure({ mode: "serial" });

const stamp = Date.now();
const FORGED_NAME = `made by another site ${stamp}`;

let admin: APIRequestContext;
let demoId: string;
let attacker: Server;
let attackerUrl: string;

test.beforeAll(async ({ playwright }) => {
  admin = await keyContext(playwright, initApiKey());
  demoId = await demoScenarioId(admin);
  attacker = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(attackPage(demoId));
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await admin.dispose();
  await new Promise((resolve) => attacker.close(resolve));
});

/**
 * The two attacks the issue measured: a no-cors fetch that posts a scenario as text/plain, then an
 * auto-submitted text/plain form whose single field spells a JSON load, starting a run of the demo scenario.
 */
function attackPage(scenarioId: string): string {
  const scenario = JSON.stringify(helloScenario(FORGED_NAME));
  return `<!doctype html><html><body>
<form id="start" method="POST" enctype="text/plain" action="${BASE_URL}/api/v1/scenarios/${scenarioId}/runs">
  <input name='{"vus":1,"durationSeconds":1,"x":"' value='"}'>
</form>
<script>
  fetch(${JSON.stringify(`${BASE_URL}/api/v1/scenarios`)}, {
    method: "POST", mode: "no-cors", credentials: "include", body: ${JSON.stringify(scenario)},
  }).finally(() => document.getElementById("start").submit());
</script>
</body></html>`;
}

async function latestRunId(): Promise<string | undefined> {
  const { runs } = (await (await admin.get(`/api/v1/runs?scenarioId=${demoId}`)).json()) as { runs: { id: string }[] };
  return runs[0]?.id;
}

async function scenarioNames(): Promise<string[]> {
  const { scenarios } = (await (await admin.get("/api/v1/scenarios")).json()) as { scenarios: { name: string }[] };
  return scenarios.map((s) => s.name);
}

test("a page on another origin cannot start a run or create a scenario with the admin's session", async ({ page }) => {
  const runBefore = await latestRunId();
  const scenariosBefore = await scenarioNames();

  const fetched = page.waitForResponse(
    (r) => r.url() === `${BASE_URL}/api/v1/scenarios` && r.request().method() === "POST",
  );
  const submitted = page.waitForResponse((r) => r.url().endsWith(`/api/v1/scenarios/${demoId}/runs`));
  await page.goto(attackerUrl);

  const fetchResponse = await fetched;
  const formResponse = await submitted;
  // Both carried the admin's session cookie (same site), so the answer is 403 (refused as cross-site), not 401.
  expect(fetchResponse.status()).toBe(403);
  expect(formResponse.status()).toBe(403);
  // The form navigated the page to the console's answer, which says why.
  await expect(page.locator("body")).toContainText("refused as a cross-site request");

  expect(await latestRunId()).toBe(runBefore);
  expect(await scenarioNames()).toEqual(scenariosBefore);
  expect(scenariosBefore).not.toContain(FORGED_NAME);
});

test("a cookie write needs the console's Origin and a JSON body; with both it goes through", async ({ request }) => {
  const scenariosBefore = await scenarioNames();
  const body = helloScenario(FORGED_NAME);
  const refusals: [string, Parameters<APIRequestContext["post"]>[1]][] = [
    ["another Origin", { headers: { origin: "http://evil.example" }, data: body }],
    ["no Origin", { data: body }],
    ["Sec-Fetch-Site: same-site", { headers: { "sec-fetch-site": "same-site" }, data: body }],
    [
      "the right Origin, text/plain",
      { headers: { origin: BASE_URL, "content-type": "text/plain" }, data: JSON.stringify(body) },
    ],
  ];
  for (const [what, options] of refusals) {
    const response = await request.post("/api/v1/scenarios", options);
    expect(response.status(), what).toBe(403);
    expect((await response.json()).error, what).toContain("cross-site");
  }
  const start = await request.post(`/api/v1/scenarios/${demoId}/runs`, {
    headers: { origin: "http://evil.example" },
    data: { vus: 1, durationSeconds: 1, confirmCompliance: true },
  });
  expect(start.status()).toBe(403);
  const remove = await request.delete(`/api/v1/scenarios/${demoId}`, { headers: { origin: "http://evil.example" } });
  expect(remove.status()).toBe(403);
  expect((await admin.get(`/api/v1/scenarios/${demoId}`)).status()).toBe(200);
  expect(await scenarioNames()).toEqual(scenariosBefore);

  // The same session from the console's own origin may write: the refusals above were not about the cookie.
  const control = await request.post("/api/v1/scenarios", {
    headers: { origin: BASE_URL },
    data: helloScenario(`same-origin control ${stamp}`),
  });
  expect(control.status(), await control.text()).toBe(201);
  const controlId = (await control.json()).scenario.id;
  expect((await request.delete(`/api/v1/scenarios/${controlId}`, { headers: { origin: BASE_URL } })).status()).toBe(
    204,
  );
});
