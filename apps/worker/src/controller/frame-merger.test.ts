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
