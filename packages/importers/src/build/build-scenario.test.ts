import { readFileSync } from "node:fs";
import { ZImportedRequest, ZImportPreview, ZScenarioSpec, type TImportPreview } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { parseHar } from "../har/parse-har";
import { appendToFlow } from "./append-to-flow";
import { buildScenario } from "./build-scenario";

const chromiumHar = readFileSync(new URL("../har/__fixtures__/chromium-shop.har", import.meta.url), "utf8");
const har = parseHar(chromiumHar);

function previewOf(requests: Array<Record<string, unknown>>, extra: Partial<TImportPreview> = {}): TImportPreview {
  return ZImportPreview.parse({
    format: "postman",
    requests: requests.map((r, index) =>
      ZImportedRequest.parse({ index, where: `item ${index}`, method: "GET", name: `GET /r${index}`, ...r }),
    ),
    ...extra,
  });
}

describe("buildScenario", () => {
  it("builds the chosen requests in order into one flow with unique step names", () => {
    const { name, spec } = buildScenario(har, { include: [0, 3, 4, 6] });
    const steps = ZScenarioSpec.parse(spec).flows[0]!.steps;
    expect(name).toBe("http://127.0.0.1:4000/shop");
    expect(spec.flows.map((f) => f.name)).toEqual(["imported"]);
    expect(steps.map((s) => s.name)).toEqual(["GET /shop", "POST /api/token", "GET /api/items", "GET /api/items 2"]);
    expect(steps[1]).toMatchObject({
      type: "http",
      method: "POST",
      url: "http://127.0.0.1:4000/api/token",
      body: { type: "json", json: '{"appid":"wx123","secret":"s3cr3t-value"}' },
    });
  });

  it("adds think times from the recorded gaps (short ones ignored, long ones capped) and the file's timers", () => {
    const { spec } = buildScenario(har, { include: [3, 4, 5], thinkTimes: true }, { name: " Shop " });
    const steps = ZScenarioSpec.parse(spec).flows[0]!.steps;
    // token ends at 01.025, items starts at 03.525; items ends at 03.533, cart starts 86.5 s later.
    expect(steps.map((s) => (s.type === "think" ? `think ${s.ms}` : s.name))).toEqual([
      "POST /api/token",
      "think 2500",
      "GET /api/items",
      "think 60000",
      "POST /api/cart",
    ]);
    const timed = previewOf([{ url: "http://127.0.0.1/a" }, { url: "http://127.0.0.1/b", thinkMsBefore: 1500 }]);
    const jmeterLike = ZScenarioSpec.parse(buildScenario(timed, { include: [0, 1] }).spec).flows[0]!.steps;
    expect(jmeterLike.map((s) => (s.type === "think" ? `think ${s.ms}` : s.name))).toEqual([
      "GET /r0",
      "think 1500", // the file's own timer, whether or not recorded gaps were asked for
      "GET /r1",
    ]);
    const close = buildScenario(har, { include: [0, 1], thinkTimes: true }).spec; // 20 ms apart
    expect(close.flows[0]!.steps).toHaveLength(2);
  });

  it("groups requests into flows, and carries globals, data sources, outputs, checks and load", () => {
    const output = { name: "access_token", source: "body-json", expression: "access_token" };
    const check = { source: "status", operator: "eq", value: "200" };
    const preview = previewOf(
      [
        { group: "Login", url: "http://127.0.0.1/token", outputs: [output], checks: [check] },
        { group: "Shop", url: "${base}/items" },
        { group: "Login", url: "http://127.0.0.1/me", followRedirects: true },
      ],
      {
        title: "Shop API",
        globals: [{ name: "base", value: "http://127.0.0.1:4000" }],
        dataSources: [{ name: "users.csv" }] as TImportPreview["dataSources"],
        load: { mode: "concurrency", vus: 5, durationSeconds: 60, rampUpSeconds: 0 },
      },
    );
    const built = buildScenario(preview, { include: [0, 1, 2] });
    const spec = ZScenarioSpec.parse(built.spec);
    expect(built.name).toBe("Shop API");
    expect(built.load).toEqual({ mode: "concurrency", vus: 5, durationSeconds: 60, rampUpSeconds: 0 });
    expect(spec.flows.map((f) => [f.name, f.steps.map((s) => s.name)])).toEqual([
      ["Login", ["GET /r0", "GET /r2"]],
      ["Shop", ["GET /r1"]],
    ]);
    expect(spec.globals).toEqual([{ name: "base", value: "http://127.0.0.1:4000" }]);
    expect(spec.dataSources.map((d) => d.name)).toEqual(["users.csv"]);
    expect(spec.flows[0]!.steps[0]).toMatchObject({ outputs: [output], checks: [check] });
    expect(spec.flows[0]!.steps[1]).toMatchObject({ followRedirects: true });
  });

  it("names the include entry that points nowhere, and the request a step is refused for", () => {
    expect(() => buildScenario(har, { include: [0, 42] })).toThrow("include[1]: no request 42 in the preview");
    const preview = previewOf([{ url: "http://127.0.0.1/a" }, { url: "mailto:someone" }]);
    expect(() => buildScenario(preview, { include: [0, 1] })).toThrow(
      'item 1: url: URL must start with http:// or https://: "mailto:someone"',
    );
  });
});

describe("appendToFlow", () => {
  it("appends steps to the named flow with names unique against the steps already there", () => {
    const existing = buildScenario(har, { include: [3, 4] }).spec;
    const imported = buildScenario(har, { include: [6, 5] }).spec.flows[0]!.steps;
    const spec = ZScenarioSpec.parse(appendToFlow(existing, "imported", imported));
    expect(spec.flows[0]!.steps.map((s) => s.name)).toEqual([
      "POST /api/token",
      "GET /api/items",
      "GET /api/items 2",
      "POST /api/cart",
    ]);
    expect(existing.flows[0]!.steps).toHaveLength(2); // the spec given is left as it was
  });

  it("names a flow that is not there", () => {
    const existing = buildScenario(har, { include: [3] }).spec;
    expect(() => appendToFlow(existing, "checkout", [])).toThrow(
      'flow "checkout": the scenario has no flow of that name',
    );
  });
});
