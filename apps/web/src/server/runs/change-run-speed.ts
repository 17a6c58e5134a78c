import { ZLoadConfig } from "@stampede/contracts";
import { addRunEvent, ConflictError, getRunById, type Db } from "@stampede/db";
import type { RunChannel } from "@stampede/queue";
import { z } from "zod";
import { REDIS_TIMEOUT_MS, withTimeout } from "../with-timeout";

/** A new speed for a running run: VUs in concurrency mode, iterations per second in TPS mode. */
export const ZSpeedChange = z.union([
  z.object({ vus: z.number().int().min(0).max(100_000) }).strict(),
  z.object({ rate: z.number().min(0).max(1_000_000) }).strict(),
]);

/**
 * Changes the load of a RUNNING run: every load generator takes its share of the new figure. The change
 * is recorded as a run event, so the report shows when and to what the speed changed.
 */
export async function changeRunSpeed(db: Db, channel: RunChannel, input: unknown) {
  const change = ZSpeedChange.parse(input);
  const run = await getRunById(db, channel.runId);
  if (run.status !== "RUNNING")
    throw new ConflictError(`run ${run.id} is ${run.status}; only a RUNNING run changes speed`);
  const load = ZLoadConfig.parse(run.load);
  let value: number;
  if ("vus" in change) {
    if (load.mode !== "concurrency") throw new ConflictError("this run is in TPS mode: change its rate, not its VUs");
    if (change.vus > load.vus) throw new ConflictError(`at most ${load.vus} VUs (the run's maximum)`);
    value = change.vus;
  } else {
    if (load.mode !== "rate") throw new ConflictError("this run is in concurrency mode: change its VUs, not its rate");
    value = change.rate;
  }
  await withTimeout(channel.changeSpeed(value), REDIS_TIMEOUT_MS);
  const what = "vus" in change ? `${value} VUs` : `${value} iterations/s`;
  await addRunEvent(db, run.id, "run.speed", `speed changed to ${what}`, change);
  return { speed: change };
}
