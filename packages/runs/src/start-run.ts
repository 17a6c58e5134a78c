import {
  effectiveStopConditions,
  flowApisOf,
  flowRatesIssues,
  ZLoadConfig,
  ZScenarioSpec,
  type TLoadConfig,
  type TRunTrigger,
  type TScenarioSpec,
} from "@stampede/contracts";
import {
  ConflictError,
  createRun,
  finishRun,
  getProjectStopConditions,
  getScenarioById,
  type RunStarter,
} from "@stampede/db";
import { enqueueRunStart } from "@stampede/queue";
import { redisTimeoutOf, type RunLifecycleDeps } from "./deps";
import { RunInputError, UnavailableError } from "./errors";
import { refuseBlockedTargets } from "./refuse-blocked-targets";
import { withTimeout } from "./with-timeout";

/** What starts a run: a scenario, its load (or its saved one), and who asked. */
export interface StartRunInput {
  scenarioId: string;
  /** Load settings as received (parsed here); undefined means "use the scenario's saved load". */
  load?: unknown;
  trigger: TRunTrigger;
  /** Who asked (a user, a key, a schedule) and when they confirmed the compliance statement; recorded on the run. */
  startedBy: RunStarter;
  /** The schedule that fired this run (trigger SCHEDULE). */
  scheduleId?: string;
}

/**
 * Writes the QUEUED run row with a frozen snapshot of the scenario, then enqueues its control job (jobId = run
 * id, so a retry is harmless). Row first: a controller that takes the job always finds the run.
 */
export async function startRun(deps: RunLifecycleDeps, input: StartRunInput) {
  const scenario = await getScenarioById(deps.db, input.scenarioId);
  // The spec was valid when saved; contracts may have tightened since, and a worker would choke on it.
  const spec = ZScenarioSpec.safeParse(scenario.spec);
  if (!spec.success) throw new ConflictError(`scenario ${scenario.id} no longer validates: edit and save it first`);
  await refuseBlockedTargets(deps, scenario.projectId, spec.data);

  const load = resolveLoad(input.load, scenario.load);
  const projectDefaults = await getProjectStopConditions(deps.db, scenario.projectId);
  const stopConditions = effectiveStopConditions(spec.data.stopConditions, projectDefaults);
  refuseFlowRatesMismatch(load, spec.data);
  const run = await createRun(deps.db, {
    scenarioId: scenario.id,
    load,
    trigger: input.trigger,
    startedBy: input.startedBy,
    scheduleId: input.scheduleId,
    // Frozen into the snapshot only when there are any (a snapshot without rules stays the scenario's spec).
    stopConditions: stopConditions.length ? stopConditions : undefined,
  });
  try {
    await withTimeout(enqueueRunStart(deps.runControlQueue, run.id), redisTimeoutOf(deps));
  } catch (error) {
    // No job means no worker will ever take this run: end it now rather than leave it QUEUED forever.
    const reason = `could not enqueue the run: ${(error as Error).message}`;
    await finishRun(deps.db, run.id, { status: "FAILED", error: reason });
    throw new UnavailableError(`${reason} (is Redis running?)`);
  }
  return run;
}

function resolveLoad(requested: unknown, saved: unknown): TLoadConfig {
  if (requested !== undefined) return ZLoadConfig.parse(requested);
  if (saved === null || saved === undefined) {
    throw new RunInputError(
      'this scenario has no saved load settings; send them, e.g. {"vus": 10, "durationSeconds": 30}',
    );
  }
  const parsed = ZLoadConfig.safeParse(saved);
  if (!parsed.success) throw new RunInputError("the scenario's saved load settings are invalid; send them");
  return parsed.data;
}

/** Per-flow rates must name this scenario's flows and APIs (the scenario may have changed since they were set). */
function refuseFlowRatesMismatch(load: TLoadConfig, spec: TScenarioSpec) {
  if (load.mode !== "rate" || !load.flowRates) return;
  const issues = flowRatesIssues(load.flowRates, flowApisOf(spec)).map((i) => `${i.path.join(".")}: ${i.message}`);
  if (issues.length > 0) throw new RunInputError(`the per-flow rates do not fit the scenario: ${issues[0]}`, issues);
}
