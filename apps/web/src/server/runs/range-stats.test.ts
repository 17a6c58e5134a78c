import type { RunMetricRow } from "@stampede/db";
import { createHistogram, StepTotals, summarizeLatency } from "@stampede/metrics";
import { describe, expect, it } from "vitest";
import { rangeStatsOf } from "./range-stats";

/** A stored row of one step's second holding these latencies (ms). */
function row(second: number, step: string, latenciesMs: number[], status = 200): RunMetricRow {
  const t = new StepTotals(step);
  for (const ms of latenciesMs) t.record(ms * 1000, status, status === 401 ? "auth" : undefined, 10, 20);
  const encoded = t.toEncoded();
  t.destroy();
  return {
    ...encoded,
    runId: "r",
    second,
    step,
    histogramCorrected: encoded.histogramCorrected ?? null,
    p50Ms: 0,
    p90Ms: 0,
    p95Ms: 0,
    p99Ms: 0,
    maxMs: 0,
    meanMs: 0,
  };
}

const fast = Array.from({ length: 99 }, (_, i) => 1 + i / 10);
const slow = [900, 950, 1000, 1200, 1500];

describe("rangeStatsOf", () => {
  it("merges the range's histograms: percentiles equal one histogram of every request, never averages", () => {
    const rows = [row(4, "a", fast), row(5, "a", slow), row(5, "b", [3, 4], 401)];
    const stats = rangeStatsOf(rows, [4, 5]);

    const one = createHistogram();
    [...fast, ...slow, 3, 4].forEach((ms) => one.recordValue(ms * 1000));
    const exact = summarizeLatency(one);
    one.destroy();
    expect(stats.overall.latency.p99).toBe(exact.p99);
    expect(stats.overall.latency.p50).toBe(exact.p50);
    expect(stats.overall.latency.min).toBe(exact.min);

    expect(stats).toMatchObject({ from: 4, to: 5, seconds: 2 });
    expect(stats.overall).toMatchObject({
      requests: 106,
      failures: 2,
      statusCodes: { "200": 104, "401": 2 },
      errors: { auth: 2 },
      bytesSent: 1060,
      bytesReceived: 2120,
      tps: 53,
    });
    expect(stats.overall.successRate).toBeCloseTo(104 / 106, 6);
    const b = stats.steps.find((s) => s.step === "b")!;
    expect(b).toMatchObject({ requests: 2, failures: 2, successRate: 0, tps: 1, errors: { auth: 2 } });
  });

  it("answers zeros for a range with no stored seconds", () => {
    expect(rangeStatsOf([], [])).toMatchObject({ from: null, to: null, seconds: 0, steps: [] });
    expect(rangeStatsOf([], []).overall).toMatchObject({ requests: 0, successRate: 1, tps: 0 });
  });
});
