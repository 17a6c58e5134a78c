import type { TLoadConfig } from "@stampede/contracts";
import { currentShards, endRunShard, markRunShardRunning, type RunShard, saveRunShardTotals } from "@stampede/db";
import { RunChannel, type TStreamEntry } from "@stampede/queue";
import type { ControllerContext } from "./controller-context";
import { FrameMerger, type ShardGeneration } from "./frame-merger";
import { LostShardHandler } from "./lost-shard-handler";
import { persistSeconds, postgresSecondStore, type SecondStore } from "./persist-seconds";
import { ShardTotalsTracker } from "./shard-totals";
import { watchStopConditions } from "./stop-condition-watch";

/** How long a silent shard may hold a second back before it is written without it. */
const GRACE_SECONDS = 3;
/** How long past its planned end a run waits for shards before it is ended as failed. */
const OVERRUN_LIMIT_MS = 60_000;
/** How often the shards' owners' heartbeats are looked at. */
const OWNER_CHECK_MS = 500;

/** How a followed run ended: every shard's end (current generations), and why it failed, if it did. */
export interface FollowOutcome {
  shardEnds: Array<TStreamEntry & { type: "shard-end" }>;
  failure: string | undefined;
}

/** When each later generation of a shard took over, in seconds of the run. */
function generationsOf(rows: RunShard[], startedAtMs: number): ShardGeneration[] {
  return rows
    .filter((r) => r.generation > 0)
    .map((r) => ({
      shardIndex: r.shardIndex,
      generation: r.generation,
      fromSecond: Math.max(0, Math.floor(((r.startedAt?.getTime() ?? startedAtMs) - startedAtMs) / 1000)),
    }));
}

/**
 * Follows a RUNNING run from the start of its stream (a resumed controller replays it): merges the shards'
 * frames into one row per step per second, publishes them live, keeps each shard generation's totals, watches
 * the shards' owners, and returns when every shard has ended. Postgres writes wait out an outage.
 */
export async function followRun(
  ctx: ControllerContext,
  load: TLoadConfig,
  startedAtMs: number,
  rows: RunShard[],
): Promise<FollowOutcome> {
  const shards = currentShards(rows);
  const merger = new FrameMerger(shards.length, generationsOf(rows, startedAtMs));
  for (const s of shards) if (s.status === "LOST") merger.abandon(s.shardIndex);
  const totals = new ShardTotalsTracker();
  const owners = new LostShardHandler(ctx, load, startedAtMs, shards, merger, totals);
  const store = watchStopConditions(ctx, load, patientStore(ctx, postgresSecondStore(ctx.deps.db, ctx.runId)));
  // XREAD BLOCK holds its connection; it gets one of its own.
  const reader = ctx.deps.redis.duplicate();
  const stream = new RunChannel(reader, ctx.deps.env.STAMPEDE_REDIS_PREFIX, ctx.runId);
  const written = new Set<number>();
  let cursor = "0-0";
  let failure: string | undefined;
  let checkedAt = 0;
  try {
    for (;;) {
      const ends: Array<TStreamEntry & { type: "shard-end" }> = [];
      for (const { id, entry } of await stream.read(cursor, OWNER_CHECK_MS)) {
        merger.add(entry);
        totals.add(entry);
        if (entry.type === "shard-end") ends.push(entry);
        cursor = id;
      }
      const now = Date.now();
      const currentSecond = Math.floor((now - startedAtMs) / 1000);
      const done = merger.allShardsEnded();
      const ready = done ? merger.takeAll() : merger.takeReady(currentSecond, GRACE_SECONDS);
      for (const point of await persistSeconds(store, ready, written)) {
        await ctx.channel.publishLive({ type: "point", point });
      }
      for (const u of totals.takeChanged()) {
        const key = { runId: ctx.runId, shardIndex: u.shardIndex, generation: u.generation };
        if (u.first) await ctx.pg((db) => markRunShardRunning(db, key, new Date()));
        await ctx.pg((db) => saveRunShardTotals(db, key, u.totals));
      }
      for (const end of ends) {
        const key = { runId: ctx.runId, shardIndex: end.shardIndex, generation: end.generation ?? 0 };
        const status = end.reason === "fenced" ? "FENCED" : "ENDED";
        await ctx.pg((db) => endRunShard(db, key, status, new Date()));
      }
      if (done) break;
      if (now - checkedAt >= OWNER_CHECK_MS) {
        checkedAt = now;
        await owners.check(now);
        failure ??= owners.failure;
      }
      if (now > startedAtMs + load.durationSeconds * 1000 + OVERRUN_LIMIT_MS) {
        failure ??= "load generators stopped reporting; the run was ended";
        await ctx.channel.requestStop();
        break;
      }
    }
  } finally {
    reader.disconnect();
    totals.destroy();
  }
  return { shardEnds: merger.shardEnds(), failure };
}

/** The second store with every call retried while Postgres is unavailable. */
function patientStore(ctx: ControllerContext, store: SecondStore): SecondStore {
  return {
    find: (second) => ctx.pg(() => store.find(second)),
    save: (merged) => ctx.pg(() => store.save(merged)),
  };
}
