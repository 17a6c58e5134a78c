import { type TSpeedChange, ZLoadConfig } from "@stampede/contracts";
import { addRunEvent, ConflictError, getRunById } from "@stampede/db";
import { redisTimeoutOf, runChannelOf, type RunLifecycleDeps } from "./deps";
import { withTimeout } from "./with-timeout";

/**
 * Changes the load of a RUNNING run: every load generator takes its share of the new figure. The change
 * is recorded as a run event, so the report shows when and to what the speed changed.
 */
export async function changeRunSpeed(deps: RunLifecycleDeps, runId: string, change: TSpeedChange) {
  const run = await getRunById(deps.db, runId);
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
  await withTimeout(runChannelOf(deps, run.id).changeSpeed(value), redisTimeoutOf(deps));
  const what = "vus" in change ? `${value} VUs` : `${value} iterations/s`;
  await addRunEvent(deps.db, run.id, "run.speed", `speed changed to ${what}`, change);
  return { speed: change };
}
