import { DISTRIBUTION_DEFAULTS, planShards, type TGeneratorStatus, type TLoadConfig } from "@stampede/contracts";
import {
  addRunEvent,
  finishRun,
  getRunById,
  type PlacedShard,
  setRunWaitingReason,
  startRunWithShards,
} from "@stampede/db";
import type { ControllerContext } from "./controller-context";

/**
 * A TPS run is scheduled from an absolute start. It is set this far ahead so that every load generator has
 * picked up its shard, loaded its data, warmed up and opened its connections by then: a shard that starts
 * late must start every iteration it missed at once, and that burst is measured as dropped iterations.
 */
const RATE_START_LEAD_MS = 2_000;
/** How often a waiting run looks at the generators again. */
const WAIT_POLL_MS = 1_000;
/** Plans made again at once when another controller booked the capacity between plan and reservation. */
const MAX_REPLANS = 3;

/** Generators placement may use: alive ones, with what they have free now. */
export function placementGenerators(generators: TGeneratorStatus[]) {
  return generators
    .filter((g) => g.alive)
    .map((g) => ({ id: g.id, name: g.name, region: g.region, free: g.free, capacity: g.capacity }));
}

/**
 * Places a QUEUED run: plans shards on the alive generators' free capacity, reserves it, and stores the plan
 * while moving the run to RUNNING. Without room it waits, showing why on the run ("waiting for generators (2 of
 * 3 free)"), or fails at once with that reason (`whenBusy: "fail"`), or after `waitTimeoutSeconds`. Returns
 * whether the run started; a stop while it waited ends it STOPPED without any load. A worker that is closing
 * (`closing`) stops waiting and leaves the run QUEUED.
 */
export async function placeRun(
  ctx: ControllerContext,
  load: TLoadConfig,
  queued: { createdAt: Date; waitingReason: string | null },
  closing?: AbortSignal,
): Promise<boolean> {
  const whenBusy = load.whenBusy ?? DISTRIBUTION_DEFAULTS.whenBusy;
  const timeoutMs = (load.waitTimeoutSeconds ?? DISTRIBUTION_DEFAULTS.waitTimeoutSeconds) * 1000;
  const { runId } = ctx;
  // A controller that resumes a waiting run does not announce the wait again.
  let shown = queued.waitingReason ?? undefined;
  let announced = shown !== undefined;
  let raced = 0;
  for (;;) {
    const run = await ctx.pg((db) => getRunById(db, runId));
    if (run.status !== "QUEUED") return false;
    // The process is shutting down: the run stays QUEUED with no job, and the reconciler hands it on.
    if (closing?.aborted) return false;
    const plan = planShards(load, placementGenerators(await ctx.registry.list(Date.now())));
    let reason: string;
    if (plan.ok) {
      const booked = await ctx.registry
        .reserve(
          plan.shards.map((s) => ({
            generatorId: s.generatorId,
            runId,
            shardIndex: s.index,
            generation: 0,
            ...s.need,
          })),
        )
        // The placement lock stayed busy (many controllers placing at once): as if the room had gone.
        .catch((e: Error) => ({ ok: false as const, reason: e.message }));
      if (booked.ok) {
        const lead = load.mode === "rate" ? RATE_START_LEAD_MS : 0;
        const rows: PlacedShard[] = plan.shards.map((s) => ({
          shardIndex: s.index,
          weight: s.weight,
          region: s.region ?? s.generatorRegion,
          generatorId: s.generatorId,
          generatorName: s.generatorName,
        }));
        const started = await ctx.pg((db) => startRunWithShards(db, runId, new Date(Date.now() + lead), rows));
        if (!started) await ctx.registry.release(runId);
        return started;
      }
      // Another controller booked the room first: plan again at once on what is free now.
      if (raced++ < MAX_REPLANS) continue;
      reason = `waiting for generators (${booked.reason})`;
    } else reason = plan.reason;

    if (reason !== shown) {
      if (!announced) await ctx.pg((db) => addRunEvent(db, runId, "run.waiting", reason));
      announced = true;
      await ctx.pg((db) => setRunWaitingReason(db, runId, reason));
      shown = reason;
    }
    const waitedMs = Date.now() - queued.createdAt.getTime();
    if (whenBusy === "fail" || waitedMs >= timeoutMs) {
      const error =
        whenBusy === "fail"
          ? `${reason}; the run asked to fail when busy`
          : `${reason}; gave up after ${Math.round(waitedMs / 1000)} s`;
      await ctx.pg((db) => finishRun(db, runId, { status: "FAILED", error }));
      await ctx.pg((db) => addRunEvent(db, runId, "run.failed", error));
      await ctx.channel.publishLive({ type: "status", status: "FAILED" });
      return false;
    }
    raced = 0;
    await new Promise((r) => setTimeout(r, WAIT_POLL_MS));
  }
}
