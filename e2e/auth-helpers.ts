import { type APIRequestContext, expect, type PlaywrightWorkerArgs } from "@playwright/test";
import { listApiRouteFiles } from "../scripts/test-support/api-route-files";

/** The console the test stack started (the same default as playwright.config.ts). */
export const BASE_URL = process.env.STAMPEDE_WEB_URL ?? "http://127.0.0.1:3100";
export const DEMO_TARGET = process.env.DEMO_TARGET_URL ?? "http://127.0.0.1:4010";

/** One /api/v1 route file: the URL it answers (dynamic segments filled with ids that exist nowhere) and its methods. */
export interface ApiRoute {
  file: string;
  url: string;
  methods: string[];
}

/** Every route file under apps/web/src/app/api/v1, read from disk, so a route added later is covered too. */
export function listApiRoutes(): ApiRoute[] {
  return listApiRouteFiles().map(({ file, segments, methods }) => ({
    file,
    url: ["/api/v1", ...segments.map(fillSegment)].join("/"),
    methods,
  }));
}

function fillSegment(segment: string): string {
  const dynamic = /^\[{1,2}(\.\.\.)?([^\]]+)\]{1,2}$/.exec(segment);
  if (!dynamic) return segment;
  return dynamic[1] ? `no-such-${dynamic[2]}/more` : `no-such-${dynamic[2]}`;
}

/** The admin-scoped key the test stack created from STAMPEDE_INIT_API_KEY (named "init"). */
export function initApiKey(): string {
  const key = process.env.STAMPEDE_INIT_API_KEY;
  if (!key) throw new Error("STAMPEDE_INIT_API_KEY must be set (npm test sets it)");
  return key;
}

/**
 * A request context with only the given headers. Contexts made in a spec start from the config's `use`
 * (the admin's cookies, the Origin header), so both are replaced explicitly.
 */
export function bareContext(playwright: PlaywrightWorkerArgs["playwright"], headers: Record<string, string> = {}) {
  return playwright.request.newContext({
    baseURL: BASE_URL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: headers,
  });
}

/** A request context that authenticates with an API key only: no cookies, no Origin. */
export function keyContext(playwright: PlaywrightWorkerArgs["playwright"], key: string) {
  return bareContext(playwright, { authorization: `Bearer ${key}` });
}

/** Creates a key in a project and returns it (the only time the API shows it). */
export async function createKey(
  api: APIRequestContext,
  projectId: string,
  input: { name: string; scope: "read" | "run" | "admin" },
): Promise<{ key: string; id: string }> {
  const response = await api.post(`/api/v1/projects/${projectId}/api-keys`, { data: input });
  expect(response.status(), await response.text()).toBe(201);
  const body = await response.json();
  return { key: body.key, id: body.apiKey.id };
}

/** A one-request scenario against the demo target. */
export function helloScenario(name: string) {
  return {
    name,
    spec: { flows: [{ name: "main", steps: [{ type: "http", name: "hello", url: `${DEMO_TARGET}/hello` }] }] },
  };
}

/** Creates a scenario in the caller's project and returns its id. */
export async function createScenario(api: APIRequestContext, name: string): Promise<string> {
  const response = await api.post("/api/v1/scenarios", { data: helloScenario(name) });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).scenario.id;
}

/** The id of the scenario the seed script made (in the default project). */
export async function demoScenarioId(api: APIRequestContext): Promise<string> {
  const response = await api.get(`/api/v1/scenarios?search=${encodeURIComponent("Demo: token")}`);
  expect(response.status()).toBe(200);
  const { scenarios } = (await response.json()) as { scenarios: { id: string; name: string }[] };
  const demo = scenarios.find((s) => s.name === "Demo: token + activity");
  if (!demo) throw new Error("the seeded demo scenario is missing");
  return demo.id;
}

/** Waits until a run is no longer queued or running, so it does not hold the worker for the next spec. */
export async function waitForRunEnd(api: APIRequestContext, runId: string): Promise<string> {
  let status = "";
  await expect
    .poll(
      async () => {
        status = (await (await api.get(`/api/v1/runs/${runId}`)).json()).run?.status ?? "";
        return ["QUEUED", "RUNNING", "STOPPING"].includes(status);
      },
      { timeout: 45_000 },
    )
    .toBe(false);
  return status;
}
