import type { TGeneratorStatus } from "@stampede/contracts";
import type { RunShard } from "@stampede/db";

/** A generator that stopped heartbeating while it held shards of the run. */
export interface LostGenerator {
  generatorId: string;
  generatorName: string;
  /** Its last heartbeat (epoch ms), if the registry still lists it. */
  lastHeartbeatAt: number | undefined;
  shards: RunShard[];
}

/**
 * The generators that own running shards of the run but are no longer alive (no heartbeat for 4 s, or gone
 * from the registry), each with the shards it held. `ended` says which shards need no owner any more.
 */
export function findLostGenerators(
  shards: RunShard[],
  generators: TGeneratorStatus[],
  ended: (shardIndex: number) => boolean,
): LostGenerator[] {
  const byId = new Map(generators.map((g) => [g.id, g]));
  const lost = new Map<string, LostGenerator>();
  for (const shard of shards) {
    if (ended(shard.shardIndex) || (shard.status !== "PLANNED" && shard.status !== "RUNNING")) continue;
    const g = byId.get(shard.generatorId);
    if (g?.alive) continue;
    const entry = lost.get(shard.generatorId) ?? {
      generatorId: shard.generatorId,
      generatorName: shard.generatorName,
      lastHeartbeatAt: g?.heartbeatAt,
      shards: [],
    };
    entry.shards.push(shard);
    lost.set(shard.generatorId, entry);
  }
  return [...lost.values()];
}

/** The `generator.lost` event's message: who, which shards, and that its unfinished second is not guessed. */
export function describeLoss(lost: LostGenerator, nowMs: number, lastSeconds: Map<number, number>): string {
  const silent =
    lost.lastHeartbeatAt === undefined
      ? ""
      : ` (no heartbeat for ${Math.round((nowMs - lost.lastHeartbeatAt) / 1000)} s)`;
  const shards = lost.shards
    .map((s) => {
      const last = lastSeconds.get(s.shardIndex);
      const reported = last === undefined ? "no second reported" : `reported up to second ${last}`;
      return `shard ${s.shardIndex} (${s.weight} VUs, ${reported})`;
    })
    .join(", ");
  return `generator ${lost.generatorName} lost${silent}; it held ${shards}; what it measured after its last reported second is lost, not estimated`;
}
