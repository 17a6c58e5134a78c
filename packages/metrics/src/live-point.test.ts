import { describe, expect, it } from "vitest";
import { createHistogram, summarizeLatency } from "./histogram";
import { toLivePoint } from "./live-point";
import { SecondTotals } from "./second-totals";
import { StepTotals } from "./step-totals";

/** A step that recorded the given latencies (ms), with a status and an optional failure kind each. */
function stepOf(name: string, latenciesMs: number[], status = 200, error?: "auth") {
  const step = new StepTotals(name);
  for (const ms of latenciesMs) step.record(ms * 1000, status, error, 100, 250);
  step.recordChecks(latenciesMs.length, 1);
  return step;
}

/** One merged second, as the controller stores it, from two steps' frames. */
function mergedSecond() {
  const fast = stepOf("token", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const slow = stepOf("activity", [100, 200, 300, 400, 500], 401, "auth");
  const totals = new SecondTotals(7);
  totals.addFrame({
    second: 7,
    vus: 3,
    iterations: 5,
    droppedIterations: 2,
    cpu: 0.4,
    steps: [fast.toEncoded(), slow.toEncoded()].map((s, i) => ({ ...s, step: i === 0 ? "token" : "activity" })),
  });
  const records = totals.toRecords();
  totals.destroy();
  return { records, all: [fast, slow] };
}

describe("toLivePoint", () => {
  it("carries the run's and each step's counts, codes, kinds, bytes, checks and percentiles", () => {
    const { records, all } = mergedSecond();
    const point = toLivePoint(records.second, records.steps);
    expect(point).toMatchObject({
      second: 7,
      vus: 3,
      iterations: 5,
      droppedIterations: 2,
      generatorCpu: 0.4,
      requests: 15,
      failures: 5,
      statusCodes: { "200": 10, "401": 5 },
      errors: { auth: 5 },
      bytesSent: 1500,
      bytesReceived: 3750,
      checksPassed: 15,
      checksFailed: 2,
    });
    const activity = point.steps.find((s) => s.step === "activity")!;
    expect(activity).toMatchObject({ requests: 5, failures: 5, statusCodes: { "401": 5 }, errors: { auth: 5 } });
    expect(activity.max).toBeCloseTo(500, 0);

    // Run-level percentiles are those of one histogram holding every request of the second.
    const one = createHistogram();
    for (const s of all) one.add(s.latency);
    const exact = summarizeLatency(one);
    expect(point).toMatchObject({ p50: exact.p50, p90: exact.p90, p95: exact.p95, p99: exact.p99 });
    expect(point.max).toBeCloseTo(exact.max, -1); // a decoded histogram's max is its bucket's (0.1%)
    expect(point.mean).toBeCloseTo(exact.mean, 1);
    one.destroy();
    all.forEach((s) => s.destroy());
  });

  it("leaves the corrected p99 and the CPU out for a second stored before they were measured", () => {
    const { records } = mergedSecond();
    const point = toLivePoint({ ...records.second, p90Ms: null, p99CorrectedMs: null, generatorCpu: null }, []);
    expect(point).not.toHaveProperty("p99Corrected");
    expect(point).not.toHaveProperty("generatorCpu");
    expect(point).toMatchObject({ steps: [], p90: 0, max: 0, mean: 0 });
  });

  it("takes the stored run-level p90, and merges the steps' histograms for a second stored without it", () => {
    const { records } = mergedSecond();
    const stored = toLivePoint(records.second, records.steps);
    const rebuilt = toLivePoint({ ...records.second, p90Ms: null }, records.steps);
    expect(records.second.p90Ms).not.toBeNull();
    expect(stored.p90).toBe(records.second.p90Ms);
    expect(rebuilt.p90).toBe(stored.p90);
  });
});
