import { describe, expect, it } from "vitest";
import { correctionFor, newVuLatencyCorrection } from "./latency-correction";

describe("correctionFor", () => {
  it("TPS mode: the iteration's lateness goes to its first request only", () => {
    const c = newVuLatencyCorrection();
    c.lateUs = 250_000;
    expect(correctionFor(c, "login", 1000)).toEqual({ lateUs: 250_000, expectedIntervalUs: undefined });
    expect(correctionFor(c, "order", 1000)).toEqual({ lateUs: 0, expectedIntervalUs: undefined });
    c.lateUs = 0;
    expect(correctionFor(c, "login", 1000).lateUs).toBe(0);
  });

  it("VU mode: the expected interval is the step's mean over the VU's previous requests", () => {
    const c = newVuLatencyCorrection();
    expect(correctionFor(c, "api", 1000).expectedIntervalUs).toBeUndefined();
    expect(correctionFor(c, "api", 3000).expectedIntervalUs).toBe(1000);
    expect(correctionFor(c, "api", 1_000_000).expectedIntervalUs).toBe(2000);
    expect(correctionFor(c, "other", 5).expectedIntervalUs).toBeUndefined();
    expect(correctionFor(c, "api", 1000).expectedIntervalUs).toBeCloseTo(1_004_000 / 3);
  });
});
