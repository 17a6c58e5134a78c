import type { TStreamEntry } from "@stampede/queue";
import { describe, expect, it } from "vitest";
import { FrameMerger } from "./frame-merger";
import { persistSeconds } from "./persist-seconds";
import { memorySecondStore, shardEnd, shardFrame } from "./test-support";

const GRACE = 3;

/** Feeds entries to a merger as the controller does: each batch arrives at `now`, then ready seconds are stored. */
async function control(batches: Array<{ now: number; entries: TStreamEntry[] }>) {
  const store = memorySecondStore();
  const merger = new FrameMerger(2);
  const written = new Set<number>();
  const points = [];
  for (const { now, entries } of batches) {
    for (const entry of entries) merger.add(entry);
    const done = merger.allShardsEnded();
    const ready = done ? merger.takeAll() : merger.takeReady(now, GRACE);
    points.push(...(await persistSeconds(store, ready, written)));
  }
  return { rows: store.rows, points };
}

/** What two shards report over 8 seconds; shard 1 has more VUs and slower answers. */
const frameOf = (shard: number, second: number) =>
  shardFrame(shard, second, {
    vus: shard === 0 ? 5 : 7,
    iterations: 10 + second + shard,
    dropped: shard,
    requests: 10 + second,
    latencyMs: shard === 0 ? 2 : 40,
  });
const SECONDS = [0, 1, 2, 3, 4, 5, 6, 7];

describe("persistSeconds", () => {
  it("a late frame adds to its stored second: the same rows as frames merged in order (RunMetric and RunSecond)", async () => {
    const inOrder = await control([
      ...SECONDS.map((s) => ({ now: s + 1, entries: [frameOf(0, s), frameOf(1, s)] })),
      { now: 9, entries: [shardEnd(0), shardEnd(1)] },
    ]);
    // Shard 1 is paused from second 1: seconds 1..4 are written without it after the grace, then its
    // frames arrive all at once, late.
    const paused = await control([
      { now: 1, entries: [frameOf(0, 0), frameOf(1, 0)] },
      ...[1, 2, 3, 4, 5, 6, 7].map((s) => ({ now: s + 1, entries: [frameOf(0, s)] })),
      { now: 9, entries: [...SECONDS.slice(1).map((s) => frameOf(1, s)), shardEnd(0), shardEnd(1)] },
    ]);
    expect([...paused.rows.keys()].sort()).toEqual(SECONDS);
    for (const s of SECONDS) {
      const got = paused.rows.get(s)!;
      const want = inOrder.rows.get(s)!;
      expect(got.second).toEqual(want.second);
      const strip = ({ histogram: _h, histogramCorrected: _c, ...rest }: (typeof got.steps)[number]) => rest;
      expect(got.steps.map(strip)).toEqual(want.steps.map(strip));
    }
    const iterations = SECONDS.reduce((n, s) => n + paused.rows.get(s)!.second!.iterations, 0);
    expect(iterations).toBe(SECONDS.reduce((n, s) => n + 10 + s + 10 + s + 1, 0));
    // Every VU figure equals the planned 12 once the late frames are in; the live points said so too.
    for (const s of SECONDS) expect(paused.rows.get(s)!.second!.vus).toBe(12);
    expect(paused.points.filter((p) => p.second === 2).map((p) => p.vus)).toEqual([5, 12]);
  });

  it("the re-published point of a late second carries the merged percentiles, not the late frame's alone", async () => {
    const { points } = await control([
      { now: 4, entries: [frameOf(0, 0)] },
      { now: 5, entries: [frameOf(1, 0)] },
    ]);
    expect(points.map((p) => p.requests)).toEqual([10, 20]);
    expect(points[1]!.p50).toBeGreaterThanOrEqual(2);
    expect(points[1]!.p50).toBeLessThan(40);
    expect(points[1]!.p99).toBeCloseTo(40, 0);
  });
});
