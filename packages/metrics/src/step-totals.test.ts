import { describe, expect, it } from "vitest";
import { summarizeLatency } from "./histogram";
import { StepTotals } from "./step-totals";

const MS = 1000;

describe("StepTotals", () => {
  it("adds counts and merges histograms, from live totals and from encoded frames alike", () => {
    const a = new StepTotals("api");
    a.record(2 * MS, 200, undefined, 100, 50);
    a.record(4 * MS, 500, "http_5xx", 100, 50);
    a.recordChecks(1, 1);
    const b = new StepTotals("api");
    b.record(1000 * MS, 0, "timeout", 100, 0);

    const live = new StepTotals("api");
    live.add(a);
    live.add(b);
    const decoded = new StepTotals("api");
    decoded.addEncoded(a.toEncoded());
    decoded.addEncoded(b.toEncoded());

    for (const merged of [live, decoded]) {
      const s = merged.toSummary();
      expect(s).toMatchObject({
        requests: 3,
        failures: 2,
        bytesSent: 300,
        bytesReceived: 100,
        checksPassed: 1,
        checksFailed: 1,
        statusCodes: { "200": 1, "500": 1 },
        errors: { http_5xx: 1, timeout: 1 },
      });
      expect(merged.latency.totalCount).toBe(3);
      expect(s.latency.max).toBeCloseTo(1000, 0);
      expect(s.latency.min).toBeCloseTo(2, 1);
    }
    for (const t of [a, b, live, decoded]) t.destroy();
  });

  it("takes the raw histogram as the corrected one when a frame predates the correction", () => {
    const a = new StepTotals("api");
    a.record(5 * MS, 200, undefined, 0, 0, { lateUs: 900 * MS });
    const { histogramCorrected: _dropped, ...old } = a.toEncoded();
    const merged = new StepTotals("api");
    merged.addEncoded(old);
    expect(summarizeLatency(merged.latencyCorrected).max).toBeCloseTo(5, 1);
    a.destroy();
    merged.destroy();
  });

  it("TPS mode: a 1 s stall shows in the corrected latency, measured from each iteration's intended start", () => {
    // 100 iterations/s for 3 s against a target frozen from 1 s to 2 s: the iterations due meanwhile start
    // late (no free VU) and then answer fast, so raw latency stays 1 ms while they waited up to a second.
    const t = new StepTotals("api");
    for (let i = 0; i < 300; i++) {
      const dueMs = i * 10;
      const lateMs = dueMs >= 1000 && dueMs < 2000 ? 2000 - dueMs : 0;
      t.record(1 * MS, 200, undefined, 0, 0, { lateUs: lateMs * MS });
    }
    const s = t.toSummary();
    expect(s.latency.p99).toBeCloseTo(1, 1);
    expect(s.latencyCorrected!.p99).toBeGreaterThan(900);
    expect(s.latencyCorrected!.p50).toBeLessThan(5);
    expect(t.latencyCorrected.totalCount).toBe(300);
    t.destroy();
  });

  it("VU mode: a 1 s stall is corrected from the VU's expected interval, as wrk does", () => {
    // One VU, 1 ms per request, one request stalled for 1 s: wrk's correction adds the ~999 requests the
    // VU would have sent meanwhile, with latencies falling from 999 ms to 1 ms.
    const t = new StepTotals("api");
    for (let i = 0; i < 1000; i++) t.record(1 * MS, 200, undefined, 0, 0, { expectedIntervalUs: 1 * MS });
    t.record(1000 * MS, 200, undefined, 0, 0, { expectedIntervalUs: 1 * MS });
    for (let i = 0; i < 1000; i++) t.record(1 * MS, 200, undefined, 0, 0, { expectedIntervalUs: 1 * MS });
    const s = t.toSummary();
    expect(s.requests).toBe(2001);
    expect(s.latency.p99).toBeCloseTo(1, 1);
    expect(s.latencyCorrected!.p99).toBeGreaterThan(700);
    expect(s.latencyCorrected!.max).toBeCloseTo(1000, -1);
    t.destroy();
  });

  it("VU mode: a long stall against a short interval fills in the same count at a bounded cost", () => {
    const exact = new StepTotals("api");
    exact.record(500 * MS, 200, undefined, 0, 0, { expectedIntervalUs: 1 * MS });
    expect(exact.latencyCorrected.totalCount).toBe(500); // the request plus 499 filled in, as HDR does
    const t = new StepTotals("api");
    t.record(30_000 * MS, 200, undefined, 0, 0, { expectedIntervalUs: 100 });
    expect(t.latencyCorrected.totalCount).toBe(300_000);
    const s = t.toSummary().latencyCorrected!;
    expect(s.max).toBeCloseTo(30_000, -2);
    expect(s.p50).toBeGreaterThan(14_900);
    expect(s.p50).toBeLessThan(15_100);
    expect(s.min).toBeLessThan(50);
    exact.destroy();
    t.destroy();
  });

  it("VU mode: no correction without an expected interval (the VU's first request)", () => {
    const t = new StepTotals("api");
    t.record(1000 * MS, 200, undefined, 0, 0, { expectedIntervalUs: undefined });
    expect(t.latencyCorrected.totalCount).toBe(1);
    t.destroy();
  });
});
