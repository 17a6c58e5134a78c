import { describe, expect, it } from "vitest";
import { FrameMerger } from "./frame-merger";
import { shardEnd, shardFrame } from "./test-support";

const seconds = (merger: FrameMerger, now: number, grace = 3) => {
  const ready = merger.takeReady(now, grace);
  const out = ready.map((acc) => acc.second);
  for (const acc of ready) acc.destroy();
  return out;
};

describe("FrameMerger", () => {
  it("holds a second until every shard has reported it or a later one, and releases seconds oldest first", () => {
    const merger = new FrameMerger(2);
    merger.add(shardFrame(1, 0));
    merger.add(shardFrame(1, 1));
    expect(seconds(merger, 1)).toEqual([]);
    merger.add(shardFrame(0, 1)); // shard 0 skipped second 0 (it had nothing yet); its second 1 covers it
    expect(seconds(merger, 2)).toEqual([0, 1]);
  });

  it("merges every shard's frame of a second into one", () => {
    const merger = new FrameMerger(2);
    merger.add(shardFrame(0, 0, { vus: 3, iterations: 7, dropped: 1, requests: 4 }));
    merger.add(shardFrame(1, 0, { vus: 2, iterations: 5, dropped: 2, requests: 6 }));
    const [acc] = merger.takeReady(0, 3);
    expect(acc).toMatchObject({ second: 0, vus: 5, iterations: 12, droppedIterations: 3 });
    expect(acc!.steps.get("api")!.requests).toBe(10);
    acc!.destroy();
  });

  it("lets a silent shard hold a second back only for the grace period", () => {
    const merger = new FrameMerger(2);
    merger.add(shardFrame(0, 0));
    merger.add(shardFrame(0, 1));
    expect(seconds(merger, 3)).toEqual([]);
    expect(seconds(merger, 4)).toEqual([0]);
    expect(seconds(merger, 5)).toEqual([1]);
  });

  it("a frame that arrives after its second was released starts that second again", () => {
    const merger = new FrameMerger(2);
    merger.add(shardFrame(0, 0));
    expect(seconds(merger, 4)).toEqual([0]);
    merger.add(shardFrame(1, 0));
    expect(seconds(merger, 5)).toEqual([0]);
  });

  it("does not wait for an ended shard, and says when every shard has ended", () => {
    const merger = new FrameMerger(2);
    merger.add(shardFrame(0, 0));
    merger.add(shardEnd(1));
    expect(merger.allShardsEnded()).toBe(false);
    expect(seconds(merger, 0)).toEqual([0]);
    merger.add(shardFrame(0, 1));
    merger.add(shardEnd(0));
    expect(merger.allShardsEnded()).toBe(true);
    expect(merger.shardEnds().map((e) => e.shardIndex)).toEqual([1, 0]);
    const rest = merger.takeAll();
    expect(rest.map((a) => a.second)).toEqual([1]);
    for (const acc of rest) acc.destroy();
  });
});

describe("FrameMerger with reassigned shards", () => {
  it("adds a stale generation's counts but not its VUs at or after the second the new generation took over", () => {
    const merger = new FrameMerger(1);
    merger.add(shardFrame(0, 4, { vus: 5, requests: 3, iterations: 3 }));
    merger.reassign(0, 1, 6);
    // The frozen owner wakes up and reports seconds 5 and 7; the new owner reports second 7 too.
    merger.add(shardFrame(0, 5, { vus: 5, requests: 2, iterations: 2 }));
    merger.add(shardFrame(0, 7, { vus: 5, requests: 4, iterations: 4 }));
    merger.add(shardFrame(0, 7, { vus: 5, requests: 6, iterations: 6, generation: 1 }));
    const all = merger.takeAll();
    expect(all.map((a) => ({ second: a.second, vus: a.vus, iterations: a.iterations }))).toEqual([
      { second: 4, vus: 5, iterations: 3 },
      { second: 5, vus: 5, iterations: 2 },
      { second: 7, vus: 5, iterations: 10 },
    ]);
    expect(all[2]!.steps.get("api")!.requests).toBe(10);
    for (const acc of all) acc.destroy();
  });

  it("ends a shard only on its current generation's end", () => {
    const merger = new FrameMerger(1);
    merger.reassign(0, 1, 3);
    merger.add(shardEnd(0, { reason: "fenced" }));
    expect(merger.allShardsEnded()).toBe(false);
    merger.add(shardEnd(0, { generation: 1 }));
    expect(merger.allShardsEnded()).toBe(true);
    expect(merger.shardEnds()).toEqual([expect.objectContaining({ generation: 1, reason: "completed" })]);
  });

  it("waits for the current generation's seconds, not a stale owner's", () => {
    const merger = new FrameMerger(1, [{ shardIndex: 0, generation: 1, fromSecond: 2 }]);
    merger.add(shardFrame(0, 2, { generation: 1 }));
    merger.add(shardFrame(0, 3)); // the stale owner is ahead: that proves nothing about the shard
    expect(seconds(merger, 3)).toEqual([2]);
    merger.add(shardFrame(0, 3, { generation: 1 }));
    expect(seconds(merger, 3)).toEqual([3]);
  });

  it("stops waiting for an abandoned shard", () => {
    const merger = new FrameMerger(2);
    merger.add(shardFrame(0, 0));
    expect(seconds(merger, 0)).toEqual([]);
    merger.abandon(1);
    expect(seconds(merger, 0)).toEqual([0]);
    merger.add(shardEnd(0));
    expect(merger.allShardsEnded()).toBe(true);
  });
});
