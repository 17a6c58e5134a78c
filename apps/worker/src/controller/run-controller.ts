import { ZLoadConfig } from "@stampede/contracts";
import { addRunEvent, currentShards, findRunShards, getRunById, type RunShard } from "@stampede/db";
import type { WorkerDeps } from "../deps";
import { type ControllerContext, createControllerContext } from "./controller-context";
import { finishFollowedRun } from "./finish-run";
import { followRun } from "./follow-run";
import { placeRun } from "./place-run";

/** The load in a few words, for the run's event log. */
function describeLoad(load: ReturnType<typeof ZLoadConfig.parse>, shards: RunShard[]): string {
  const size = load.mode === "rate" ? `${load.targetRate} iterations/s, max ${load.maxVus} VUs` : `${load.vus} VUs`;
  const where = shards.map((s) => `${s.generatorName} ${s.weight} VUs (${s.region})`).join(", ");
  return `${load.stages ? "staged, " : ""}${size} for ${load.durationSeconds}s in ${shards.length} shard(s): ${where}`;
}

/** Hands every current shard to its owner again (a no-op for a job already queued or done), lease first. */
async function dispatchShards(ctx: ControllerContext, shards: RunShard[], startedAtMs: number) {
  const weights = shards.map((s) => s.weight);
  for (const s of shards) {
    if (s.status !== "PLANNED" && s.status !== "RUNNING") continue;
    await ctx.dispatcher.dispatch(s.generatorId, {
      runId: ctx.runId,
      shardIndex: s.shardIndex,
      shardCount: shards.length,
      weights,
      generation: s.generation,
      startedAtMs,
    });
  }
}

/**
 * Controls one run from QUEUED to its final status: places it on generators (waiting for room if it must),
 * hands out the shards, merges the shards' per-second frames into one row per step per second, publishes them
 * live, handles lost generators, and writes the summary. If the controller dies, BullMQ hands the job to
 * another one, which continues the stored shard plan (never re-plans) and rebuilds the rows from the stream.
 */
export async function controlRun(
  deps: WorkerDeps,
  runId: string,
  log: (line: string) => void = () => {},
  closing?: AbortSignal,
) {
  const ctx = createControllerContext(deps, runId, log);
  try {
    await controlWith(ctx, closing);
  } finally {
    await ctx.close();
  }
}

async function controlWith(ctx: ControllerContext, closing: AbortSignal | undefined): Promise<void> {
  const { runId } = ctx;
  const queued = await ctx.pg((db) => getRunById(db, runId));
  const load = ZLoadConfig.parse(queued.load);
  let resumed = false;
  if (queued.status === "QUEUED") {
    if (!(await placeRun(ctx, load, queued, closing))) return;
  } else if (queued.status === "RUNNING" || queued.status === "STOPPING") {
    resumed = true;
  } else return;

  const run = await ctx.pg((db) => getRunById(db, runId));
  const rows = await ctx.pg((db) => findRunShards(db, runId));
  const shards = currentShards(rows);
  const startedAtMs = run.startedAt!.getTime();
  if (shards.length === 0) {
    // A run started before shard plans were stored: there is no plan to continue, and re-planning could
    // double its load. The reconciler ends it from what was stored.
    ctx.log(`run ${runId} has no stored shard plan; not resumed`);
    return;
  }
  if (resumed) {
    // A controller died mid-run: rebuild every row from the stream, which holds all frames.
    await ctx.pg((db) => db.runMetric.deleteMany({ where: { runId } }));
    await ctx.pg((db) => db.runSecond.deleteMany({ where: { runId } }));
    await ctx.pg((db) =>
      addRunEvent(db, runId, "controller.resumed", `controller ${ctx.deps.env.WORKER_NAME} resumed the run`, {
        shardCount: shards.length,
      }),
    );
  } else {
    await ctx.channel.publishLive({ type: "status", status: "RUNNING" });
  }
  await dispatchShards(ctx, shards, startedAtMs);
  if (!resumed) {
    await ctx.pg((db) =>
      addRunEvent(db, runId, "run.started", `run started: ${describeLoad(load, shards)}`, {
        shardCount: shards.length,
        controller: ctx.deps.env.WORKER_NAME,
        shards: shards.map((s) => ({
          index: s.shardIndex,
          weight: s.weight,
          region: s.region,
          generator: s.generatorName,
        })),
      }),
    );
  }
  const outcome = await followRun(ctx, load, startedAtMs, rows);
  await finishFollowedRun(ctx, load, startedAtMs, shards.length, outcome);
}
