import type { Db, PrismaClient } from "./client";
import type { RunShard, ShardStatus } from "./generated/prisma/client";

export type { RunShard, ShardStatus };

/** One shard of a plan as the controller placed it: index, VUs, region and the generator that runs it. */
export interface PlacedShard {
  shardIndex: number;
  weight: number;
  region: string;
  generatorId: string;
  generatorName: string;
}

/** Names one generation of one shard of a run. */
export interface ShardKey {
  runId: string;
  shardIndex: number;
  generation: number;
}

/** What one generation of a shard has delivered so far (every step merged), as the controller counted it. */
export interface ShardTotals {
  requests: number;
  failures: number;
  iterations: number;
  histogram: string;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

const whereKey = ({ runId, shardIndex, generation }: ShardKey) => ({
  runId_shardIndex_generation: { runId, shardIndex, generation },
});

/**
 * Moves a QUEUED run to RUNNING and stores its shard plan, in one transaction: a run is never RUNNING without
 * its plan, and a plan is never stored for a run that was stopped meanwhile. False when the run was no longer
 * QUEUED (stopped, or another controller got there first); then nothing is written.
 */
export async function startRunWithShards(
  db: PrismaClient,
  runId: string,
  startedAt: Date,
  shards: PlacedShard[],
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.run.updateMany({
      where: { id: runId, status: "QUEUED" },
      data: { status: "RUNNING", startedAt, plannedShards: shards.length, waitingReason: null },
    });
    if (count !== 1) return false;
    await tx.runShard.deleteMany({ where: { runId } });
    await tx.runShard.createMany({ data: shards.map((s) => ({ ...s, runId, generation: 0 })) });
    return true;
  });
}

/** Every stored shard row of a run, every generation, by shard then generation. */
export async function findRunShards(db: Db, runId: string): Promise<RunShard[]> {
  return db.runShard.findMany({ where: { runId }, orderBy: [{ shardIndex: "asc" }, { generation: "asc" }] });
}

/** The latest generation of each shard: who owns each part of the run now. */
export function currentShards(rows: RunShard[]): RunShard[] {
  const byIndex = new Map<number, RunShard>();
  for (const row of rows) {
    const seen = byIndex.get(row.shardIndex);
    if (!seen || row.generation > seen.generation) byIndex.set(row.shardIndex, row);
  }
  return [...byIndex.values()].sort((a, b) => a.shardIndex - b.shardIndex);
}

/** Shows why a QUEUED run waits; nothing when it is no longer QUEUED. */
export async function setRunWaitingReason(db: Db, runId: string, reason: string): Promise<void> {
  await db.run.updateMany({ where: { id: runId, status: "QUEUED" }, data: { waitingReason: reason } });
}

/**
 * Gives a shard to another generator: the current generation's row ends as LOST and the next generation's row
 * is written, in one transaction. Returns the new row.
 */
export async function reassignRunShard(
  db: PrismaClient,
  from: ShardKey,
  to: Omit<PlacedShard, "shardIndex">,
  at: Date,
): Promise<RunShard> {
  return db.$transaction(async (tx) => {
    await tx.runShard.update({ where: whereKey(from), data: { status: "LOST", endedAt: at } });
    return tx.runShard.create({
      data: { ...to, runId: from.runId, shardIndex: from.shardIndex, generation: from.generation + 1, startedAt: at },
    });
  });
}

/**
 * Ends one generation of a shard (ENDED, FENCED or LOST); a row already ended keeps its first end, except that
 * a LOST owner that comes back and fences itself becomes FENCED (it stopped, and what it sent is counted).
 */
export async function endRunShard(
  db: Db,
  key: ShardKey,
  status: Extract<ShardStatus, "ENDED" | "FENCED" | "LOST">,
  at: Date,
): Promise<void> {
  const { count } = await db.runShard.updateMany({
    where: { ...key, status: { in: ["PLANNED", "RUNNING"] } },
    data: { status, endedAt: at },
  });
  if (count === 0 && status === "FENCED") {
    await db.runShard.updateMany({ where: { ...key, status: "LOST" }, data: { status } });
  }
}

/**
 * One generation of a shard has sent its first frame: PLANNED becomes RUNNING. A reassigned generation keeps the
 * start it was given (the second it took over from, which a resumed controller reads back).
 */
export async function markRunShardRunning(db: Db, key: ShardKey, at: Date): Promise<void> {
  await db.runShard.updateMany({
    where: { ...key, status: "PLANNED", startedAt: null },
    data: { status: "RUNNING", startedAt: at },
  });
  await db.runShard.updateMany({ where: { ...key, status: "PLANNED" }, data: { status: "RUNNING" } });
}

/**
 * Stores the running totals of one generation of a shard. The controller adds frames up in memory from the
 * start of the run's stream (a resumed controller replays it), so the row is set, not incremented: a replay
 * can never count a frame twice.
 */
export async function saveRunShardTotals(db: Db, key: ShardKey, totals: ShardTotals): Promise<void> {
  await db.runShard.updateMany({ where: key, data: totals });
}
