import type { TLoadConfig, TRunStatus } from "@stampede/contracts";
import { addRunEvent, finishRun, getRunById } from "@stampede/db";
import { notifyRunEndedSafely } from "../notifications/worker-notify";
import type { ControllerContext } from "./controller-context";
import type { FollowOutcome } from "./follow-run";
import { computeRunSummary } from "./run-summary";

/**
 * Ends a followed run: its final status (FAILED with the reason, STOPPED when a stop was asked, else FINISHED),
 * the summary from what was persisted, its events; then gives back the generators' capacity and the shards'
 * leases, and lets the run's Redis keys expire.
 */
export async function finishFollowedRun(
  ctx: ControllerContext,
  load: TLoadConfig,
  startedAtMs: number,
  shardCount: number,
  outcome: FollowOutcome,
): Promise<void> {
  const { runId } = ctx;
  let failure = outcome.failure;
  const errors = outcome.shardEnds.filter((e) => e.reason === "error");
  if (errors.length > 0) failure ??= errors.map((e) => `shard ${e.shardIndex}: ${e.error ?? "failed"}`).join("; ");
  const stopRequested =
    (await ctx.pg((db) => getRunById(db, runId))).status === "STOPPING" || (await ctx.channel.isStopRequested());
  const status: Exclude<TRunStatus, "QUEUED" | "RUNNING" | "STOPPING"> = failure
    ? "FAILED"
    : stopRequested
      ? "STOPPED"
      : "FINISHED";
  const durationSeconds = Math.round((Date.now() - startedAtMs) / 100) / 10;
  const summary = await ctx.pg((db) =>
    computeRunSummary(db, runId, Math.min(durationSeconds, load.durationSeconds + 60)),
  );
  await ctx.pg((db) => finishRun(db, runId, { status, summary, error: failure }));
  if (summary.generatorBound) {
    await ctx.pg((db) =>
      addRunEvent(
        db,
        runId,
        "run.generator_bound",
        "load generators ran above 85% CPU for much of the run: the figures measure them as much as the target; add workers",
      ),
    );
  }
  const message = failure ?? `run ${status.toLowerCase()}: ${summary.requests} requests`;
  await ctx.pg((db) => addRunEvent(db, runId, `run.${status.toLowerCase()}`, message));
  await ctx.registry.release(runId);
  await ctx.channel.deleteShardLeases(shardCount);
  await ctx.channel.publishLive({ type: "status", status });
  await notifyRunEndedSafely(ctx.deps, runId, ctx.log);
  await ctx.channel.expire();
}
