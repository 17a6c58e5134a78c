import { maxVusOf, planPeak, ZLoadConfig, type TLoadConfig, type TRunStatus } from "@stampede/contracts";
import { addRunEvent, finishRun, getRunById, markRunStarted } from "@stampede/db";
import { enqueueShard, RunChannel } from "@stampede/queue";
import type { WorkerDeps } from "../deps";
import { FrameMerger } from "./frame-merger";
import { persistSeconds, postgresSecondStore } from "./persist-seconds";
import { computeRunSummary } from "./run-summary";

/** How long a silent shard may hold a second back before it is written without it. */
const GRACE_SECONDS = 3;
/** How long past its planned end a run waits for shards before it is ended as failed. */
const OVERRUN_LIMIT_MS = 60_000;
/**
 * A TPS run is scheduled from an absolute start. It is set this far ahead so that every load generator has
 * picked up its shard, loaded its data, warmed up and opened its connections by then: a shard that starts
 * late must start every iteration it missed at once, and that burst is measured as dropped iterations.
 */
const RATE_START_LEAD_MS = 2_000;

/** The load in a few words, for the run's event log. */
function describeLoad(load: TLoadConfig): string {
  const size = load.stages ? `stages up to ${planPeak(load)}` : load.mode === "rate" ? load.targetRate : load.vus;
  return load.mode === "rate" ? `${size} iterations/s, max ${load.maxVus} VUs` : `${size} VUs`;
}

/** Splits a run's VUs over the load generators that are connected now (at least one shard). */
async function planShards(deps: WorkerDeps, vus: number): Promise<number> {
  const generators = await deps.shardQueue.getWorkersCount().catch(() => 1);
  return Math.max(1, Math.min(vus, generators));
}

/**
 * Controls one run from QUEUED to its final status: shards the load, merges the shards' per-second frames
 * into one row per step per second, publishes them live, and writes the summary. If the controller dies,
 * BullMQ hands the job to another one, which rebuilds the rows from the run's stream.
 */
export async function controlRun(deps: WorkerDeps, runId: string): Promise<void> {
  const { db, env } = deps;
  let run = await getRunById(db, runId);
  const channel = new RunChannel(deps.redis, env.STAMPEDE_REDIS_PREFIX, runId);
  if (run.status === "QUEUED") {
    const lead = ZLoadConfig.parse(run.load).mode === "rate" ? RATE_START_LEAD_MS : 0;
    const startedAt = new Date(Date.now() + lead);
    if (!(await markRunStarted(db, runId, startedAt))) return; // stopped before it started
    run = await getRunById(db, runId);
    await channel.publishLive({ type: "status", status: "RUNNING" });
  } else if (run.status === "RUNNING" || run.status === "STOPPING") {
    // A controller died mid-run: rebuild every row from the stream, which holds all frames.
    await db.runMetric.deleteMany({ where: { runId } });
    await db.runSecond.deleteMany({ where: { runId } });
    await addRunEvent(db, runId, "controller.resumed", `controller ${env.WORKER_NAME} resumed the run`);
  } else {
    return;
  }

  const load = ZLoadConfig.parse(run.load);
  const startedAtMs = run.startedAt!.getTime();
  const shardCount = await planShards(deps, maxVusOf(load));
  for (let shardIndex = 0; shardIndex < shardCount; shardIndex++) {
    await enqueueShard(deps.shardQueue, { runId, shardIndex, shardCount, startedAtMs });
  }
  await addRunEvent(
    db,
    runId,
    "run.started",
    `run started: ${describeLoad(load)} for ${load.durationSeconds}s in ${shardCount} shard(s)`,
    {
      shardCount,
      controller: env.WORKER_NAME,
    },
  );

  // XREAD BLOCK holds its connection; it gets one of its own.
  const reader = deps.redis.duplicate();
  const stream = new RunChannel(reader, env.STAMPEDE_REDIS_PREFIX, runId);
  const merger = new FrameMerger(shardCount);
  const store = postgresSecondStore(db, runId);
  const written = new Set<number>();
  let cursor = "0-0";
  let failure: string | undefined;
  try {
    for (;;) {
      for (const { id, entry } of await stream.read(cursor, 1000)) {
        merger.add(entry);
        cursor = id;
      }
      const now = Date.now();
      const currentSecond = Math.floor((now - startedAtMs) / 1000);
      const done = merger.allShardsEnded();
      const ready = done ? merger.takeAll() : merger.takeReady(currentSecond, GRACE_SECONDS);
      for (const point of await persistSeconds(store, ready, written)) {
        await channel.publishLive({ type: "point", point });
      }
      if (done) break;
      if (now > startedAtMs + load.durationSeconds * 1000 + OVERRUN_LIMIT_MS) {
        failure = "load generators stopped reporting; the run was ended";
        await channel.requestStop();
        break;
      }
    }
  } finally {
    reader.disconnect();
  }

  const errors = merger.shardEnds().filter((e) => e.reason === "error");
  if (errors.length > 0) failure ??= errors.map((e) => `shard ${e.shardIndex}: ${e.error ?? "failed"}`).join("; ");
  const stopRequested = (await getRunById(db, runId)).status === "STOPPING" || (await channel.isStopRequested());
  const status: Exclude<TRunStatus, "QUEUED" | "RUNNING" | "STOPPING"> = failure
    ? "FAILED"
    : stopRequested
      ? "STOPPED"
      : "FINISHED";
  const durationSeconds = Math.round((Date.now() - startedAtMs) / 100) / 10;
  const summary = await computeRunSummary(db, runId, Math.min(durationSeconds, load.durationSeconds + 60));
  await finishRun(db, runId, { status, summary, error: failure });
  if (summary.generatorBound) {
    await addRunEvent(
      db,
      runId,
      "run.generator_bound",
      "load generators ran above 85% CPU for much of the run: the figures measure them as much as the target; add workers",
    );
  }
  await addRunEvent(
    db,
    runId,
    `run.${status.toLowerCase()}`,
    failure ?? `run ${status.toLowerCase()}: ${summary.requests} requests`,
  );
  await channel.publishLive({ type: "status", status });
  await channel.expire();
}
