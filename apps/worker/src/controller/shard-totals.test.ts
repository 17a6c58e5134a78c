import { describe, expect, it } from "vitest";
import { ShardTotalsTracker } from "./shard-totals";
import { shardEnd, shardFrame } from "./test-support";

describe("ShardTotalsTracker", () => {
  it("adds each shard generation's frames apart, and reports only what changed since the last call", () => {
    const tracker = new ShardTotalsTracker();
    tracker.add(shardFrame(0, 0, { requests: 3, iterations: 3, latencyMs: 2 }));
    tracker.add(shardFrame(0, 1, { requests: 4, iterations: 4, latencyMs: 40 }));
    tracker.add(shardFrame(0, 2, { requests: 5, iterations: 5, generation: 1 }));
    tracker.add(shardEnd(0));
    const first = tracker.takeChanged();
    expect(
      first.map((u) => ({ shard: u.shardIndex, gen: u.generation, requests: u.totals.requests, first: u.first })),
    ).toEqual([
      { shard: 0, gen: 0, requests: 7, first: true },
      { shard: 0, gen: 1, requests: 5, first: true },
    ]);
    const gen0 = first[0]!.totals;
    expect(gen0.iterations).toBe(7);
    // 4 of 7 answers took 40 ms: the merged histogram's p95 is theirs, p50 too.
    expect(gen0.p95Ms).toBeGreaterThan(39);
    expect(gen0.p50Ms).toBeGreaterThan(39);
    tracker.add(shardFrame(1, 2, { requests: 1 }));
    tracker.add(shardFrame(0, 3, { requests: 1, generation: 1 }));
    expect(tracker.takeChanged().map((u) => [u.shardIndex, u.generation, u.first])).toEqual([
      [1, 0, true],
      [0, 1, false],
    ]);
    expect(tracker.takeChanged()).toEqual([]);
    tracker.destroy();
  });
});
