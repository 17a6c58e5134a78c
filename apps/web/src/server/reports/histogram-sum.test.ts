import { describe, expect, it } from "vitest";
import { createHistogram, encodeHistogram, mergeEncodedHistograms, summarizeLatency } from "@stampede/metrics";
import { HistogramSum } from "./histogram-sum";

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function encodedSample(random: () => number, n: number) {
  const h = createHistogram();
  // From 1 µs to ~2 minutes, heavy-tailed: every bucket magnitude gets values, and runs of empty buckets.
  for (let i = 0; i < n; i++) h.recordValue(Math.max(1, Math.round(Math.exp(random() * 18.6))));
  const encoded = encodeHistogram(h);
  h.destroy();
  return encoded;
}

describe("HistogramSum", () => {
  it("gives the same histogram as decoding and merging each", () => {
    const random = lcg(42);
    const encoded = Array.from({ length: 40 }, (_, i) => encodedSample(random, 50 + i * 37));
    const sum = new HistogramSum();
    for (const e of encoded) sum.add(e);
    const fast = sum.toHistogram();
    const slow = mergeEncodedHistograms(encoded);
    expect(fast.totalCount).toBe(slow.totalCount);
    for (const p of [1, 10, 50, 90, 95, 99, 99.9, 100]) {
      expect(fast.getValueAtPercentile(p), `p${p}`).toBe(slow.getValueAtPercentile(p));
    }
    const a = summarizeLatency(fast);
    const b = summarizeLatency(slow);
    expect(a.mean).toBeCloseTo(b.mean, 0);
    expect(Math.abs(a.max - b.max) / b.max).toBeLessThan(0.001);
    fast.destroy();
    slow.destroy();
  });

  it("skips empty values and sums nothing to an empty histogram", () => {
    const sum = new HistogramSum();
    sum.add("");
    sum.add(null);
    const h = sum.toHistogram();
    expect(h.totalCount).toBe(0);
    h.destroy();
  });
});
