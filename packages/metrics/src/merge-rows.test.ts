import { describe, expect, it } from "vitest";
import { createHistogram, encodeHistogram } from "./histogram";
import { mergeStepRows } from "./merge-rows";

function row(step: string, latenciesUs: number[], failures = 0) {
  const h = createHistogram();
  for (const v of latenciesUs) h.recordValue(v);
  const encoded = encodeHistogram(h);
  h.destroy();
  return {
    step,
    requests: latenciesUs.length,
    failures,
    statusCodes: { "200": latenciesUs.length - failures, "500": failures },
    errors: failures ? { http_5xx: failures } : {},
    bytesSent: 10,
    bytesReceived: 20,
    checksPassed: 0,
    checksFailed: 0,
    histogram: encoded,
    histogramCorrected: null,
  };
}

describe("mergeStepRows", () => {
  it("adds counts and takes percentiles from the merged histograms, per step and over all", () => {
    const fast = Array.from({ length: 99 }, () => 1000);
    const merged = mergeStepRows([row("a", fast), row("a", [500_000], 1), row("b", [2000, 2000])]);
    const a = merged.steps.find((s) => s.step === "a")!;
    expect(a.requests).toBe(100);
    expect(a.failures).toBe(1);
    expect(a.statusCodes).toEqual({ "200": 99, "500": 1 });
    // One slow request in 100: p99 is still fast, max is the slow one (an average of percentiles would say otherwise).
    expect(a.latency.p99).toBeCloseTo(1, 1);
    expect(a.latency.max).toBeCloseTo(500, 0);
    expect(merged.all.requests).toBe(102);
    expect(merged.all.bytesReceived).toBe(60);
    expect(merged.all.latency.max).toBeCloseTo(500, 0);
  });

  it("is empty for no rows", () => {
    const merged = mergeStepRows([]);
    expect(merged.steps).toEqual([]);
    expect(merged.all.requests).toBe(0);
  });
});
