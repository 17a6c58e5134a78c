import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import {
  type TDebugResult,
  type TImportFormat,
  type TImportPreview,
  ZImportChoice,
  ZScenarioSpec,
} from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { debugIteration } from "@stampede/engine/debug";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeImport } from "./build/compose-import";
import { findCorrelations } from "./correlate";
import { previewImport } from "./preview/preview-import";

// The proof of issue 13: files of every format, made from the demo target, import into scenarios that Debug
// green against a live demo target, with the token chained into `${access_token}`.

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const fixture = (name: string) => readFile(FIXTURES + name, "utf8");
/** Where the hand-written fixtures point; the HAR keeps whatever port its recording had. */
const WRITTEN_ORIGIN = "http://127.0.0.1:4010";

let target: DemoTarget;
beforeAll(async () => {
  target = await createDemoTarget({ port: 0 });
});
afterAll(() => target?.close());

/** As a user does with a file from another machine: point it at this target. */
function retarget(text: string, origin: string): string {
  return text.split(origin).join(target.url);
}

/** Import with the defaults the preview shows: no static assets, no duplicates, every secret kept secret. */
function defaultChoice(preview: TImportPreview, extra: { correlations?: string[]; tokenProviderFrom?: string } = {}) {
  const { secrets } = findCorrelations(preview);
  return ZImportChoice.parse({
    include: preview.requests.filter((r) => !r.isStatic && r.duplicateOf === undefined).map((r) => r.index),
    secrets: secrets.map((s) => `${s.requestIndex}:${s.field}`),
    ...extra,
  });
}

async function debugFirstFlow(specInput: unknown, data: Record<string, string> = {}): Promise<TDebugResult> {
  const spec = ZScenarioSpec.parse(specInput);
  return debugIteration({ spec, data }, { timeoutMs: 20_000 });
}

/** Every request step ran, answered 2xx and passed its checkpoints; says which step did not, and why. */
function expectGreen(result: TDebugResult) {
  const summary = result.steps.map((s) => ({
    name: s.name,
    status: s.status,
    http: "response" in s ? s.response?.status : undefined,
    note: s.note,
    missing: "missingParams" in s ? s.missingParams : undefined,
  }));
  expect(result.outcome, JSON.stringify({ error: result.error, steps: summary }, null, 2)).toBe("passed");
  for (const step of result.steps) {
    if (step.kind !== "http" && step.kind !== "token") continue;
    expect(step.response?.status, step.name).toBeGreaterThanOrEqual(200);
    expect(step.response?.status, step.name).toBeLessThan(300);
    expect(
      step.checks.every((c) => c.passed),
      step.name,
    ).toBe(true);
    expect(step.missingParams, step.name).toEqual([]);
  }
}

async function importFile(format: TImportFormat, text: string) {
  const preview = await previewImport(format, text);
  return { preview, found: findCorrelations(preview) };
}

/** The token the recording's token response held. */
function recordedToken(preview: TImportPreview): string {
  const response = preview.requests.find((r) => r.url.endsWith("/api/token"))!.response!;
  return (JSON.parse(response.bodyText!) as { access_token: string }).access_token;
}

describe("HAR recorded from the shop in Chromium", () => {
  async function shop() {
    const text = await fixture("shop.har");
    const recorded = new URL(
      (JSON.parse(text) as { log: { entries: [{ request: { url: string } }] } }).log.entries[0].request.url,
    );
    return importFile("har", retarget(text, recorded.origin));
  }

  it("leaves the style sheet and script out, proposes the token and keeps the app secret secret", async () => {
    const { preview, found } = await shop();
    const statics = preview.requests.filter((r) => r.isStatic).map((r) => new URL(r.url).pathname);
    expect(statics).toEqual(expect.arrayContaining(["/shop/style.css", "/shop/app.js"]));
    const token = found.correlations.find((c) => c.param === "access_token");
    expect(token).toMatchObject({ kind: "token", offerTokenProvider: true });
    expect(token!.uses.map((u) => u.field)).toEqual(["header authorization"]);
    expect(found.secrets.map((s) => s.param)).toEqual(["secret"]);
  });

  it("with the token correlated: an output parameter and `${access_token}`, Debug green", async () => {
    const { preview, found } = await shop();
    const token = found.correlations.find((c) => c.param === "access_token")!;
    const { spec } = composeImport(preview, defaultChoice(preview, { correlations: [token.id] }), { name: "shop" });
    expect(JSON.stringify(spec)).toContain("Bearer ${access_token}");
    expect(JSON.stringify(spec)).not.toContain(recordedToken(preview));
    expectGreen(await debugFirstFlow(spec));
  });

  it("with the token provider chosen: the token request leaves the steps, Debug green", async () => {
    const { preview, found } = await shop();
    const token = found.correlations.find((c) => c.param === "access_token")!;
    const { spec } = composeImport(preview, defaultChoice(preview, { tokenProviderFrom: token.id }), { name: "shop" });
    const parsed = ZScenarioSpec.parse(spec);
    expect(parsed.tokenProvider).toMatchObject({
      param: "access_token",
      extract: { expression: "$.access_token" },
      lifetime: { type: "field", expression: "$.expires_in" },
    });
    const steps = parsed.flows[0]!.steps;
    expect(steps.some((s) => s.type === "http" && s.url.endsWith("/api/token"))).toBe(false);
    const result = await debugFirstFlow(spec);
    expectGreen(result);
    expect(result.steps.filter((s) => s.kind === "token")).toHaveLength(1);
  });
});

describe("cURL lines", () => {
  it("the token call and a call with a stale Bearer token: the token is chained, Debug green", async () => {
    const { preview, found } = await importFile("curl", retarget(await fixture("demo-curl.txt"), WRITTEN_ORIGIN));
    expect(found.correlations.map((c) => c.id)).toEqual(["0:access_token"]);
    const choice = defaultChoice(preview, { correlations: ["0:access_token"] });
    const { spec } = composeImport(preview, choice, { name: "curl" });
    expect(JSON.stringify(spec)).toContain("Bearer ${access_token}");
    expectGreen(await debugFirstFlow(spec));
  });
});

describe("Postman collection", () => {
  it("the test script's access_token becomes an output, {{access_token}} a reference; Debug green", async () => {
    const { preview, found } = await importFile("postman", await fixture("demo.postman_collection.json"));
    // As a user sets the collection's `base` variable to their target.
    const pointed = {
      ...preview,
      globals: preview.globals.map((g) => (g.name === "base" ? { ...g, value: target.url } : g)),
    };
    expect(found.correlations).toEqual([]); // the file extracts the token itself
    expect(pointed.requests[0]!.outputs).toMatchObject([{ name: "access_token", source: "body-json" }]);
    const { spec } = composeImport(pointed, defaultChoice(pointed), { name: "postman" });
    expect(JSON.stringify(spec)).toContain("Bearer ${access_token}");
    expectGreen(await debugFirstFlow(spec));
  });
});

describe("OpenAPI document served by the target", () => {
  it("every operation, the token operation's access_token bound to `${access_token}`; Debug green", async () => {
    const text = await (await fetch(`${target.url}/openapi.json`)).text();
    const { preview, found } = await importFile("openapi", text);
    expect(preview.globals.find((g) => g.name === "base")?.value).toBe(target.url);
    const token = found.correlations.find((c) => c.param === "access_token");
    expect(token).toMatchObject({ kind: "token", source: { requestIndex: 0 } });
    const { spec } = composeImport(preview, defaultChoice(preview, { correlations: [token!.id] }), { name: "openapi" });
    expect(JSON.stringify(spec)).toContain("${access_token}");
    const result = await debugFirstFlow(spec);
    expectGreen(result);
    expect(result.steps).toHaveLength(7);
  });
});

describe("JMeter test plan", () => {
  it("thread group, header managers, extractor, assertions and CSV data set; the listener listed; Debug green", async () => {
    const text = (await fixture("demo.jmx")).replace(
      /<stringProp name="HTTPSampler.port">4010<\/stringProp>/g,
      `<stringProp name="HTTPSampler.port">${target.port}</stringProp>`,
    );
    const { preview } = await importFile("jmeter", text);
    expect(preview.notes.map((n) => n.message).join("\n")).toMatch(/ResultCollector|View Results Tree/);
    expect(preview.dataSources).toMatchObject([{ name: "demo-users.csv" }]);
    expect(preview.load).toBeDefined();
    const { spec, load } = composeImport(preview, defaultChoice(preview), { name: "jmeter" });
    expect(load).toBeDefined();
    expect(JSON.stringify(spec)).toContain("Bearer ${access_token}");
    const result = await debugFirstFlow(spec, { "demo-users.csv": await fixture("demo-users.csv") });
    expectGreen(result);
    const checks = result.steps.flatMap((s) => ("checks" in s ? s.checks : []));
    expect(checks.length).toBeGreaterThanOrEqual(2);
  });
});
