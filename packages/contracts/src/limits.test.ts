import { describe, expect, it } from "vitest";
import { formatIssues } from "./format-issues";
import { MAX_FLOWS, MAX_PARAMS, MAX_STAGES, MAX_STEPS_PER_FLOW, MAX_URL_LENGTH } from "./limits";
import { ZLoadConfig } from "./load";
import { ZScenarioSpec } from "./scenario";

const http = (i: number) => ({ type: "http", name: `s${i}`, url: "http://127.0.0.1/x" });
const issuesOf = (schema: { safeParse(v: unknown): { error?: unknown } }, value: unknown) => {
  const { error } = schema.safeParse(value);
  return error ? formatIssues(error as Parameters<typeof formatIssues>[0]) : [];
};

describe("scenario caps", () => {
  it("refuses a 100,000-step flow naming the limit, and takes one at the limit", () => {
    const steps = Array.from({ length: 100_000 }, (_, i) => http(i));
    expect(issuesOf(ZScenarioSpec, { flows: [{ name: "f", steps }] })).toEqual([
      `flows.0.steps: at most ${MAX_STEPS_PER_FLOW} steps per flow`,
    ]);
    expect(issuesOf(ZScenarioSpec, { flows: [{ name: "f", steps: steps.slice(0, MAX_STEPS_PER_FLOW) }] })).toEqual([]);
  });

  it("caps flows, parameter lists and string lengths", () => {
    const flows = Array.from({ length: MAX_FLOWS + 1 }, (_, i) => ({ name: `f${i}`, steps: [http(0)] }));
    expect(issuesOf(ZScenarioSpec, { flows })).toEqual([`flows: at most ${MAX_FLOWS} flows`]);
    const globals = Array.from({ length: MAX_PARAMS + 1 }, (_, i) => ({ name: `g${i}`, value: "" }));
    expect(issuesOf(ZScenarioSpec, { globals, flows: [flows[0]] })).toEqual([
      `globals: at most ${MAX_PARAMS} global parameters`,
    ]);
    const url = `http://127.0.0.1/${"x".repeat(MAX_URL_LENGTH)}`;
    expect(issuesOf(ZScenarioSpec, { flows: [{ name: "f", steps: [{ ...http(0), url }] }] })).toEqual([
      `flows.0.steps.0.url: at most ${MAX_URL_LENGTH} characters`,
    ]);
  });

  it("refuses a regex the linear-time engine cannot run at its field path", () => {
    const step = {
      ...http(0),
      outputs: [{ name: "t", source: "body-text", expression: "(?<=token=)\\w+" }],
      checks: [{ source: "body-text", operator: "matches", value: "${x}(a)\\1" }],
    };
    const issues = issuesOf(ZScenarioSpec, { flows: [{ name: "f", steps: [http(1), step] }] });
    expect(issues[0]).toMatch(/^flows\.0\.steps\.1\.outputs\.0\.expression: invalid regex .*lookbehind/);
    expect(issues[1]).toMatch(/^flows\.0\.steps\.1\.checks\.0\.value: invalid regex .*backreferences/);
    // The same text is fine where it is not a regex.
    const asJsonPath = { ...http(0), outputs: [{ name: "t", source: "body-json", expression: "(?<=x)" }] };
    expect(issuesOf(ZScenarioSpec, { flows: [{ name: "f", steps: [asJsonPath] }] })).toEqual([]);
  });
});

describe("load caps", () => {
  it("refuses more stages than the limit, naming it", () => {
    const stages = Array.from({ length: MAX_STAGES + 1 }, () => ({ durationSeconds: 1, target: 1 }));
    expect(issuesOf(ZLoadConfig, { vus: 1, durationSeconds: 200, stages })).toEqual([
      `stages: at most ${MAX_STAGES} stages`,
    ]);
  });
});
