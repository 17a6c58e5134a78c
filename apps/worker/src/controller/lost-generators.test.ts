import type { TGeneratorStatus } from "@stampede/contracts";
import type { RunShard } from "@stampede/db";
import { describe, expect, it } from "vitest";
import { describeLoss, findLostGenerators } from "./lost-generators";

const shard = (shardIndex: number, generatorId: string, status: RunShard["status"] = "RUNNING") =>
  ({ shardIndex, generatorId, generatorName: `${generatorId}-name`, weight: 10, generation: 0, status }) as RunShard;

const generator = (id: string, alive: boolean, heartbeatAt = 1000) => ({ id, alive, heartbeatAt }) as TGeneratorStatus;

describe("findLostGenerators", () => {
  it("names each dead or vanished owner once with the running shards it held", () => {
    const shards = [shard(0, "a"), shard(1, "b"), shard(2, "b"), shard(3, "c"), shard(4, "d", "ENDED")];
    const lost = findLostGenerators(
      shards,
      [generator("a", true), generator("b", false), generator("d", false)],
      () => false,
    );
    expect(
      lost.map((l) => ({ id: l.generatorId, shards: l.shards.map((s) => s.shardIndex), at: l.lastHeartbeatAt })),
    ).toEqual([
      { id: "b", shards: [1, 2], at: 1000 },
      { id: "c", shards: [3], at: undefined },
    ]);
  });

  it("ignores shards that have ended", () => {
    const lost = findLostGenerators([shard(0, "b")], [generator("b", false)], (i) => i === 0);
    expect(lost).toEqual([]);
  });
});

describe("describeLoss", () => {
  it("says how long it was silent, what it held and how far it reported", () => {
    const [lost] = findLostGenerators([shard(1, "b")], [generator("b", false, 1000)], () => false);
    expect(describeLoss(lost!, 6500, new Map([[1, 4]]))).toBe(
      "generator b-name lost (no heartbeat for 6 s); it held shard 1 (10 VUs, reported up to second 4); what it measured after its last reported second is lost, not estimated",
    );
  });
});
