import { type APIRequestContext, expect, test } from "@playwright/test";
import {
  BASE_URL,
  bareContext,
  createKey,
  createScenario,
  demoScenarioId,
  helloScenario,
  initApiKey,
  keyContext,
  listApiRoutes,
  waitForRunEnd,
} from "./auth-helpers";

/**
 * Who may call the API: every route wants a session or a key (401), a key's scope and a user's role bound
 * what it may do (403), and a key reaches its own project only (404 elsewhere). Against the built console.
 */

/** The routes that answer without credentials, and what they answer to a stranger. */
const OPEN_ROUTES: Record<string, number> = {
  "GET /api/v1/health": 200,
  "GET /api/v1/openapi.json": 200,
  "GET /api/v1/setup": 200,
  // Open only while the instance has no user; the test stack made its admin, and the stranger sends no Origin.
  "POST /api/v1/setup": 403,
};

const stamp = Date.now();
const DEFAULT = "default";
const LOAD = { vus: 1, durationSeconds: 2, confirmCompliance: true };

test.describe.configure({ mode: "serial" });

let admin: APIRequestContext;
let demoId: string;
test.beforeAll(async ({ playwright }) => {
  admin = await keyContext(playwright, initApiKey());
  demoId = await demoScenarioId(admin);
});
test.afterAll(() => admin.dispose());

test("every /api/v1 route answers 401 without credentials and with an unknown key", async ({ playwright }) => {
  const routes = listApiRoutes();
  expect(routes.length).toBeGreaterThan(20);
  const stranger = await bareContext(playwright);
  const unknownKey = await keyContext(playwright, `stp_${"x".repeat(43)}`);
  const expected: string[] = [];
  const actual: string[] = [];
  for (const route of routes) {
    expect(route.methods, `${route.file} exports no HTTP method this test knows`).not.toEqual([]);
    for (const method of route.methods) {
      const call = `${method} ${route.url}`;
      for (const [who, context] of [
        ["no credentials", stranger],
        ["unknown key", unknownKey],
      ] as const) {
        const response = await context.fetch(route.url, { method, maxRedirects: 0 });
        expected.push(`${call} (${who}) → ${OPEN_ROUTES[call] ?? 401}`);
        actual.push(`${call} (${who}) → ${response.status()}`);
      }
    }
  }
  expect(actual).toEqual(expected);

  const refused = await stranger.get("/api/v1/scenarios");
  expect((await refused.json()).error).toMatch(/log in|API key/);
  expect(await (await stranger.get("/api/v1/setup")).json()).toEqual({ needed: false });
  // A well-formed first-admin request from the console's own origin is still refused: an admin exists.
  const setup = await stranger.post("/api/v1/setup", {
    headers: { origin: BASE_URL },
    data: { email: `intruder-${stamp}@stampede.test`, password: "a-long-enough-password" },
  });
  expect(setup.status()).toBe(403);
  expect((await setup.json()).error).toContain("already has an admin");
  await Promise.all([stranger.dispose(), unknownKey.dispose()]);
});

test("a read key reads, and every write it tries is 403 and changes nothing", async ({ playwright }) => {
  test.setTimeout(90_000);
  const { key } = await createKey(admin, DEFAULT, { name: `viewer ${stamp}`, scope: "read" });
  const reader = await keyContext(playwright, key);
  const scenarioId = await createScenario(admin, `read-key target ${stamp}`);
  const started = await admin.post(`/api/v1/scenarios/${scenarioId}/runs`, { data: LOAD });
  expect(started.status(), await started.text()).toBe(201);
  const runId = (await started.json()).run.id;

  for (const url of [
    "/api/v1/scenarios",
    `/api/v1/scenarios/${scenarioId}`,
    `/api/v1/scenarios/${scenarioId}/data-sources`,
    `/api/v1/scenarios/${scenarioId}/export`,
    "/api/v1/runs",
    `/api/v1/runs/${runId}`,
    `/api/v1/projects/${DEFAULT}/audit`,
  ])
    expect((await reader.get(url)).status(), url).toBe(200);

  const csv = { headers: { "content-type": "text/csv" }, data: "user\nalice\n" };
  const writes: [string, string, Parameters<APIRequestContext["fetch"]>[1]][] = [
    ["POST", "/api/v1/scenarios", { data: helloScenario(`by a read key ${stamp}`) }],
    ["POST", "/api/v1/scenarios/import", { data: helloScenario(`imported by a read key ${stamp}`) }],
    ["PUT", `/api/v1/scenarios/${scenarioId}`, { data: helloScenario(`renamed by a read key ${stamp}`) }],
    ["POST", `/api/v1/scenarios/${scenarioId}/duplicate`, {}],
    ["DELETE", `/api/v1/scenarios/${scenarioId}`, {}],
    ["PUT", `/api/v1/scenarios/${scenarioId}/data-sources/users`, csv],
    ["POST", `/api/v1/scenarios/${scenarioId}/runs`, { data: LOAD }],
    ["POST", `/api/v1/runs/${runId}/speed`, { data: { vus: 2 } }],
    ["POST", `/api/v1/runs/${runId}/stop`, {}],
    ["POST", "/api/v1/debug", { data: { scenarioId, spec: helloScenario("debug").spec } }],
    ["POST", `/api/v1/projects/${DEFAULT}/api-keys`, { data: { name: "escalate", scope: "admin" } }],
    ["POST", `/api/v1/projects/${DEFAULT}/members`, { data: { email: "admin@stampede.test", role: "VIEWER" } }],
  ];
  for (const [method, url, options] of writes) {
    const response = await reader.fetch(url, { method, ...options });
    expect(response.status(), `${method} ${url}: ${await response.text()}`).toBe(403);
    expect((await response.json()).error).toContain("scope (read)");
  }

  // Nothing changed: the scenario keeps its name and has no data file; only the admin's run exists for it.
  const scenario = (await (await admin.get(`/api/v1/scenarios/${scenarioId}`)).json()).scenario;
  expect(scenario.name).toBe(`read-key target ${stamp}`);
  expect((await (await admin.get(`/api/v1/scenarios/${scenarioId}/data-sources`)).json()).dataSources).toEqual([]);
  const names = ((await (await admin.get("/api/v1/scenarios")).json()).scenarios as { name: string }[]).map(
    (s) => s.name,
  );
  // Only this test's names: the integration suites share the database and leave copies of their own.
  expect(names.filter((n) => n.includes("read key") || n === `read-key target ${stamp} (copy)`)).toEqual([]);
  expect(await waitForRunEnd(admin, runId)).toBe("FINISHED");
  await reader.dispose();
});

test("a run key starts a run, but cannot edit scenarios, members or keys", async ({ playwright }) => {
  test.setTimeout(90_000);
  const name = `ci runner ${stamp}`;
  const { key } = await createKey(admin, DEFAULT, { name, scope: "run" });
  const runner = await keyContext(playwright, key);

  const started = await runner.post(`/api/v1/scenarios/${demoId}/runs`, { data: LOAD });
  expect(started.status(), await started.text()).toBe(201);
  const runId = (await started.json()).run.id;

  const refused: [string, string, Parameters<APIRequestContext["fetch"]>[1]][] = [
    ["POST", `/api/v1/projects/${DEFAULT}/members`, { data: { email: `new-${stamp}@stampede.test`, role: "ADMIN" } }],
    ["POST", `/api/v1/projects/${DEFAULT}/api-keys`, { data: { name: "escalate", scope: "admin" } }],
    ["POST", "/api/v1/scenarios", { data: helloScenario(`by a run key ${stamp}`) }],
    ["PUT", `/api/v1/scenarios/${demoId}`, { data: helloScenario(`renamed by a run key ${stamp}`) }],
    ["DELETE", `/api/v1/scenarios/${demoId}`, {}],
  ];
  for (const [method, url, options] of refused) {
    const response = await runner.fetch(url, { method, ...options });
    expect(response.status(), `${method} ${url}: ${await response.text()}`).toBe(403);
  }
  expect(await waitForRunEnd(runner, runId)).toBe("FINISHED");

  const audit = (await (await admin.get(`/api/v1/projects/${DEFAULT}/audit?take=500`)).json()).events as {
    action: string;
    actorLabel: string;
    runId: string | null;
  }[];
  expect(audit).toContainEqual(expect.objectContaining({ action: "run.start", actorLabel: `key ${name}`, runId }));
  expect(audit).toContainEqual(expect.objectContaining({ action: "key.create", actorLabel: "key init" }));
  // Refused writes leave no entry.
  expect(audit.filter((e) => e.actorLabel === `key ${name}`).map((e) => e.action)).toEqual(["run.start"]);
  await runner.dispose();
});

test("a revoked key is refused at once (401)", async ({ playwright }) => {
  const { key, id } = await createKey(admin, DEFAULT, { name: `short-lived ${stamp}`, scope: "read" });
  const holder = await keyContext(playwright, key);
  expect((await holder.get("/api/v1/scenarios")).status()).toBe(200);
  expect((await admin.delete(`/api/v1/projects/${DEFAULT}/api-keys/${id}`)).status()).toBe(204);
  const refused = await holder.get("/api/v1/scenarios");
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error).toContain("revoked");
  const listed = (await (await admin.get(`/api/v1/projects/${DEFAULT}/api-keys`)).json()).apiKeys;
  expect(listed).toContainEqual(expect.objectContaining({ id, revokedAt: expect.any(String) }));
  await holder.dispose();
});

test("a key of another project cannot see or touch this project (404)", async ({ playwright, request }) => {
  // The logged-in admin (session cookie) makes a second project and a key in it.
  const created = await request.post("/api/v1/projects", { data: { name: `other ${stamp}` } });
  expect(created.status(), await created.text()).toBe(201);
  const otherId = (await created.json()).project.id;
  const { key } = await createKey(request, otherId, { name: `other admin ${stamp}`, scope: "admin" });
  const outsider = await keyContext(playwright, key);

  expect((await outsider.get(`/api/v1/scenarios/${demoId}`)).status()).toBe(404);
  expect((await outsider.post(`/api/v1/scenarios/${demoId}/runs`, { data: LOAD })).status()).toBe(404);
  expect((await outsider.delete(`/api/v1/scenarios/${demoId}`)).status()).toBe(404);
  expect((await outsider.get(`/api/v1/projects/${DEFAULT}/audit`)).status()).toBe(404);
  expect((await outsider.get(`/api/v1/projects/${DEFAULT}/members`)).status()).toBe(404);
  const listed = (await (await outsider.get("/api/v1/scenarios")).json()).scenarios as { id: string }[];
  expect(listed.map((s) => s.id)).not.toContain(demoId);
  // Its own project works.
  expect((await outsider.get(`/api/v1/projects/${otherId}/audit`)).status()).toBe(200);
  await outsider.dispose();
});

test("a Viewer member reads but may not write until an admin makes them Editor", async ({ playwright }) => {
  const email = `viewer-${stamp}@stampede.test`;
  const password = "viewer-password-1";
  const added = await admin.post(`/api/v1/projects/${DEFAULT}/members`, { data: { email, role: "VIEWER", password } });
  expect(added.status(), await added.text()).toBe(201);
  const userId = (await added.json()).member.userId;

  const viewer = await bareContext(playwright, { origin: BASE_URL });
  const login = await viewer.post("/api/auth/sign-in/email", { data: { email, password } });
  expect(login.status(), await login.text()).toBe(200);
  expect((await viewer.get("/api/v1/scenarios")).status()).toBe(200);
  // A proxy's Basic-auth gate adds its own Authorization header; the session still counts.
  expect((await viewer.get("/api/v1/me", { headers: { authorization: "Basic dXNlcjpwYXNz" } })).status()).toBe(200);
  const refused = await viewer.post("/api/v1/scenarios", { data: helloScenario(`by a viewer ${stamp}`) });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toContain("role in this project (viewer)");
  expect((await viewer.post(`/api/v1/scenarios/${demoId}/runs`, { data: LOAD })).status()).toBe(403);

  const promoted = await admin.patch(`/api/v1/projects/${DEFAULT}/members/${userId}`, { data: { role: "EDITOR" } });
  expect(promoted.status(), await promoted.text()).toBe(200);
  const made = await viewer.post("/api/v1/scenarios", { data: helloScenario(`by an editor ${stamp}`) });
  expect(made.status(), await made.text()).toBe(201);
  await viewer.dispose();
});

test("changing or removing someone who is not a member is 404, not a server error", async () => {
  for (const method of ["PATCH", "DELETE"]) {
    const response = await admin.fetch(`/api/v1/projects/${DEFAULT}/members/no-such-user`, {
      method,
      data: { role: "ADMIN" },
    });
    expect(response.status(), `${method}: ${await response.text()}`).toBe(404);
  }
});
