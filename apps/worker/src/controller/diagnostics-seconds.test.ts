import type { TTokenSecond } from "@stampede/contracts";
import type { TStreamEntry } from "@stampede/queue";
import { describe, expect, it } from "vitest";
import { FrameMerger } from "./frame-merger";
import { persistSeconds } from "./persist-seconds";
import { memorySecondStore, shardFrame } from "./test-support";

const token = (fetches: number, ageSeconds: number | null): TTokenSecond => ({
  fetches,
  refreshesAhead: fetches > 0 ? 1 : 0,
  refreshesOnRejection: 0,
  errors: 0,
  ageSeconds,
});

/** A shard's frame with the generator gauges and token activity a generator stamps on it. */
function frame(shard: number, second: number, fetches: number, age: number | null): TStreamEntry {
  const entry = shardFrame(shard, second, { vus: 3 + shard, requests: 10 });
  if (entry.type !== "frame") throw new Error("a frame");
  entry.frame.cpu = shard === 0 ? 0.5 : 0.9;
  entry.frame.rssBytes = (100 + shard) * 1024 * 1024;
  entry.frame.token = token(fetches, age);
  return { ...entry, generatorId: `gen-${shard}`, generatorName: `Gen ${shard}`, region: shard ? "eu" : "us" };
}

async function persist(batches: TStreamEntry[][]) {
  const store = memorySecondStore();
  const merger = new FrameMerger(2);
  const written = new Set<number>();
  for (const [i, batch] of batches.entries()) {
    for (const e of batch) merger.add(e);
    await persistSeconds(store, merger.takeReady(i + 10, 3), written);
  }
  return store.rows;
}

describe("token activity and generator gauges per second", () => {
  it("adds both shards' token counts, keeps the oldest token age, and one generator row per shard", async () => {
    const rows = await persist([[frame(0, 0, 1, 0.2), frame(1, 0, 2, 0.7)]]);
    const second = rows.get(0)!;
    expect(second.second!.token).toEqual({
      fetches: 3,
      refreshesAhead: 2,
      refreshesOnRejection: 0,
      errors: 0,
      ageSeconds: 0.7,
    });
    expect(second.generators).toEqual([
      expect.objectContaining({ shardIndex: 0, generatorName: "Gen 0", region: "us", vus: 3, cpu: 0.5, requests: 10 }),
      expect.objectContaining({ shardIndex: 1, generatorName: "Gen 1", region: "eu", vus: 4, cpu: 0.9, requests: 10 }),
    ]);
    expect(second.generators![1]!.rssBytes).toBe(101 * 1024 * 1024);
  });

  it("a late frame adds to what was stored for its second: token counts and its generator's row", async () => {
    // Shard 1's frame of second 0 comes after the second was written without it.
    const rows = await persist([[frame(0, 0, 1, 0.2)], [frame(1, 0, 2, 0.7)]]);
    const second = rows.get(0)!;
    expect(second.second!.token!.fetches).toBe(3);
    expect(second.second!.token!.ageSeconds).toBe(0.7);
    expect(second.generators!.map((g) => [g.shardIndex, g.requests, g.vus])).toEqual([
      [0, 10, 3],
      [1, 10, 4],
    ]);
  });

  it("stores no token activity for a run without a token provider", async () => {
    const plain = shardFrame(0, 0);
    const rows = await persist([[plain, { ...shardFrame(1, 0) }]]);
    expect(rows.get(0)!.second!.token).toBeNull();
  });
});
