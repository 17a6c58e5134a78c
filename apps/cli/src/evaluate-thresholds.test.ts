import { ZScenarioSpec } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { checkThresholdSteps, evaluateThresholds, metricStepNames } from "./evaluate-thresholds";
import { latency, runSummary, stepSummary } from "./test-support/summaries";
import { parseThreshold } from "./thresholds";

const summary = runSummary([
  stepSummary("Get access token", { requests: 1000, latency: latency(20, { mean: 8, max: 90 }) }),
  stepSummary("Join activity", {
    requests: 1000,
    failures: 30,
    statusCodes: { "200": 970, "503": 30 },
    errors: { http_5xx: 30 },
    checksPassed: 990,
    checksFailed: 10,
    latency: latency(250, { mean: 120, max: 900 }),
  }),
]);

function evaluate(...sources: string[]) {
  return evaluateThresholds(sources.map(parseThreshold), summary).map((r) => ({
    source: r.threshold.source,
    actual: r.actual,
    ok: r.ok,
  }));
}

describe("evaluateThresholds", () => {
  it("compares run-level latency, rates and counts with their limits", () => {
    expect(evaluate("p95<300", "p95<200", "avg<50", "max<=900", "failures==0", "requests>=2000", "rps>150")).toEqual([
      { source: "p95<300", actual: 250, ok: true },
      { source: "p95<200", actual: 250, ok: false },
      { source: "avg<50", actual: summary.latency.mean, ok: false },
      { source: "max<=900", actual: summary.latency.max, ok: true },
      { source: "failures==0", actual: 30, ok: false },
      { source: "requests>=2000", actual: 2000, ok: true },
      { source: "rps>150", actual: 200, ok: true },
    ]);
  });

  it("computes error_rate as failures over requests, in % or as a fraction", () => {
    expect(evaluate("error_rate<1%", "error_rate<0.02", "error_rate<=1.5%")).toEqual([
      { source: "error_rate<1%", actual: 0.015, ok: false },
      { source: "error_rate<0.02", actual: 0.015, ok: true },
      { source: "error_rate<=1.5%", actual: 0.015, ok: true },
    ]);
  });

  it("restricts a threshold to one step", () => {
    expect(
      evaluate(
        "p95{step:Get access token}<200",
        "error_rate{step:Get access token}==0",
        "rps{step:Join activity}>=100",
      ),
    ).toEqual([
      { source: "p95{step:Get access token}<200", actual: 20, ok: true },
      { source: "error_rate{step:Get access token}==0", actual: 0, ok: true },
      { source: "rps{step:Join activity}>=100", actual: 100, ok: true },
    ]);
    expect(evaluate("error_rate{step:Join activity}<1%")[0]).toMatchObject({ actual: 0.03, ok: false });
  });

  it("fails p95<0 (any measured latency is above it)", () => {
    expect(evaluate("p95<0")[0]!.ok).toBe(false);
  });

  it("computes checks as the share of checkpoints that passed, and fails it when no checkpoint ran", () => {
    expect(evaluate("checks>99%", "checks>=0.99")).toEqual([
      { source: "checks>99%", actual: 0.99, ok: false },
      { source: "checks>=0.99", actual: 0.99, ok: true },
    ]);
    const noChecks = evaluate("checks{step:Get access token}>0.5")[0]!;
    expect(noChecks.ok).toBe(false);
    expect(noChecks.actual).toBeNaN();
  });

  it("reads iterations and dropped iterations from the run", () => {
    const dropped = runSummary(summary.steps, { droppedIterations: 7 });
    const [d] = evaluateThresholds([parseThreshold("dropped_iterations==0")], dropped);
    expect(d).toMatchObject({ actual: 7, ok: false });
  });
});

describe("checkThresholdSteps", () => {
  const spec = ZScenarioSpec.parse({
    tokenProvider: { request: { url: "http://127.0.0.1:1/token" } },
    flows: [
      {
        name: "f",
        steps: [
          { type: "http", name: "Login", url: "http://127.0.0.1:1/login" },
          { type: "think", ms: 10 },
        ],
      },
    ],
  });

  it("knows HTTP steps and the token provider's request, not instructions", () => {
    expect(metricStepNames(spec)).toEqual(["Login", "token provider"]);
  });

  it("refuses a step name the scenario does not have, listing the ones it has", () => {
    expect(() => checkThresholdSteps([parseThreshold("p95{step:Logn}<100")], metricStepNames(spec))).toThrow(
      '--threshold "p95{step:Logn}<100": no step named "Logn" in the scenario (steps: "Login", "token provider")',
    );
    expect(() => checkThresholdSteps([parseThreshold("p95{step:Login}<100")], metricStepNames(spec))).not.toThrow();
  });
});
