import type { RunShard } from "@stampede/db";
import { createHistogram, encodeHistogram } from "@stampede/metrics";
import { describe, expect, it } from "vitest";
import { shardBreakdown } from "./shard-breakdown";

function histogramOf(ms: number[]): string {
  const h = createHistogram();
  for (const v of ms) h.recordValue(v * 1000);
  const encoded = encodeHistogram(h);
  h.destroy();
  return encoded;
}

const row = (over: Partial<RunShard>): RunShard =>
  ({
    shardIndex: 0,
    generation: 0,
    weight: 10,
    region: "hangzhou",
    generatorId: "a",
    generatorName: "gen-a",
    status: "ENDED",
    requests: 0,
    failures: 0,
    iterations: 0,
    histogram: null,
    ...over,
  }) as RunShard;

describe("shardBreakdown", () => {
  it("adds shards up per region and per generator, merging latency instead of averaging it", () => {
    const rows = [
      row({ shardIndex: 0, requests: 90, iterations: 90, histogram: histogramOf(Array(90).fill(10)) }),
      row({
        shardIndex: 1,
        generatorId: "b",
        generatorName: "gen-b",
        status: "LOST",
        requests: 10,
        failures: 2,
        iterations: 10,
        histogram: histogramOf(Array(10).fill(500)),
      }),
      row({
        shardIndex: 1,
        generation: 1,
        generatorId: "a",
        generatorName: "gen-a",
        requests: 50,
        iterations: 50,
        histogram: histogramOf(Array(50).fill(10)),
      }),
      row({
        shardIndex: 2,
        weight: 5,
        region: "shanghai",
        generatorId: "c",
        generatorName: "gen-c",
        requests: 40,
        iterations: 40,
      }),
    ];
    const { regions, generators } = shardBreakdown(rows);
    expect(regions.map((r) => [r.label, r.vus, r.requests, r.failures])).toEqual([
      ["hangzhou", 20, 150, 2],
      ["shanghai", 5, 40, 0],
    ]);
    // 10 of 150 answers took 500 ms: the merged p95 is 500 ms; an average of the shards' p95s would not be.
    expect(regions[0]!.p95Ms).toBeGreaterThan(499);
    expect(regions[1]!.p95Ms).toBeNull();
    expect(generators.map((g) => [g.label, g.vus, g.requests, g.shards])).toEqual([
      ["gen-a", 20, 140, ["#0 ENDED", "#1 g1 ENDED"]],
      ["gen-b", 10, 10, ["#1 LOST"]],
      ["gen-c", 5, 40, ["#2 ENDED"]],
    ]);
  });
});
