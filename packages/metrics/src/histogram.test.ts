import { describe, expect, it } from "vitest";
import { createHistogram, encodeHistogram, mergeEncodedHistograms, summarizeLatency } from "./histogram";

/** A deterministic spread of latencies (µs) with a slow tail, as two shards of one run would see them. */
function samples(count: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const u = x / 2 ** 31;
    return Math.round(u < 0.97 ? 2_000 + u * 40_000 : 200_000 + u * 2_000_000);
  });
}

describe("mergeEncodedHistograms", () => {
  it("gives the p99 of two shards' merged histograms equal to the p99 of one histogram of all samples", () => {
    const a = samples(5_000, 1);
    const b = samples(3_000, 2).map((us) => us * 3); // a slower shard: averaging would be visibly wrong
    const shardA = createHistogram();
    const shardB = createHistogram();
    const all = createHistogram();
    a.forEach((us) => (shardA.recordValue(us), all.recordValue(us)));
    b.forEach((us) => (shardB.recordValue(us), all.recordValue(us)));

    const merged = mergeEncodedHistograms([encodeHistogram(shardA), encodeHistogram(shardB)]);
    expect(merged.totalCount).toBe(8_000);
    const { max, ...percentiles } = summarizeLatency(merged);
    const { max: allMax, ...allPercentiles } = summarizeLatency(all);
    expect(percentiles).toEqual(allPercentiles);
    // A decoded histogram knows its max only to its bucket (3 significant digits).
    expect(Math.abs(max - allMax) / allMax).toBeLessThan(0.001);
    const averaged = (shardA.getValueAtPercentile(99) + shardB.getValueAtPercentile(99)) / 2;
    expect(merged.getValueAtPercentile(99)).not.toBe(averaged);
    [shardA, shardB, all, merged].forEach((h) => h.destroy());
  });
});
