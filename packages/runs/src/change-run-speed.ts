import { type TSpeedChange, ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { addRunEvent, ConflictError, getRunById } from "@stampede/db";
import { redisTimeoutOf, runChannelOf, type RunLifecycleDeps } from "./deps";
import { RunInputError } from "./errors";
import { withTimeout } from "./with-timeout";

/**
 * Changes the load of a RUNNING run — the whole run's, or with `flow` one flow's: every load generator takes its
 * share of the new figure. The change is recorded as a run event with who made it (`changedBy`: a user's
 * e-mail or "key <name>"), so the run page and the report show when, to what and by whom the speed changed.
 */
export async function changeRunSpeed(deps: RunLifecycleDeps, runId: string, change: TSpeedChange, changedBy?: string) {
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
  if (change.flow !== undefined) refuseUnknownFlow(run.scenarioSnapshot, change.flow);
  await withTimeout(runChannelOf(deps, run.id).changeSpeed(value, change.flow), redisTimeoutOf(deps));
  const what = "vus" in change ? `${value} VUs` : `${value} iterations/s`;
  const of = change.flow === undefined ? "" : ` for flow "${change.flow}"`;
  const by = changedBy === undefined ? "" : ` by ${changedBy}`;
  await addRunEvent(deps.db, run.id, "run.speed", `speed changed to ${what}${of}${by}`, { ...change, by: changedBy });
  return { speed: change };
}

/** A change for a flow the run does not have would reach no VU: say so instead of recording it. */
function refuseUnknownFlow(snapshot: unknown, flow: string) {
  const spec = ZScenarioSpec.safeParse(snapshot);
  const names = spec.success ? spec.data.flows.map((f) => f.name) : [];
  if (!names.includes(flow)) {
    throw new RunInputError(`flow: this run has no flow "${flow}"`, [
      `flow: this run has no flow "${flow}" (its flows: ${names.map((n) => `"${n}"`).join(", ")})`,
    ]);
  }
}
