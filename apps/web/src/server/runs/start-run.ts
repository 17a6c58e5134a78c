import { ZLoadConfig, ZScenarioSpec, type TLoadConfig, type TRunTrigger } from "@stampede/contracts";
import { ConflictError, createRun, finishRun, getScenarioById, type Db } from "@stampede/db";
import { enqueueRunStart } from "@stampede/queue";
import { BadRequestError, UnavailableError } from "../http/errors";
import { REDIS_TIMEOUT_MS, withTimeout } from "../with-timeout";
import type { getRunControlQueue } from "@/lib/redis";

export interface StartRunInput {
  scenarioId: string;
  /** Load settings as sent (unparsed); undefined means "use the scenario's saved load". */
  load: unknown;
  trigger: TRunTrigger;
}

/** Writes the QUEUED run row, then enqueues its control job (jobId = run id, so a retry is harmless). */
export async function startRun(db: Db, queue: ReturnType<typeof getRunControlQueue>, input: StartRunInput) {
  const scenario = await getScenarioById(db, input.scenarioId);
  // The spec was valid when saved; contracts may have tightened since, and a worker would choke on it.
  const spec = ZScenarioSpec.safeParse(scenario.spec);
  if (!spec.success) throw new ConflictError(`scenario ${scenario.id} no longer validates: edit and save it first`);

  const load = resolveLoad(input.load, scenario.load);
  const run = await createRun(db, { scenarioId: scenario.id, load, trigger: input.trigger });
  try {
    await withTimeout(enqueueRunStart(queue, run.id), REDIS_TIMEOUT_MS);
  } catch (error) {
    // No job means no worker will ever take this run: end it now rather than leave it QUEUED forever.
    const reason = `could not enqueue the run: ${(error as Error).message}`;
    await finishRun(db, run.id, { status: "FAILED", error: reason });
    throw new UnavailableError(`${reason} (is Redis running?)`);
  }
  return run;
}

function resolveLoad(requested: unknown, saved: unknown): TLoadConfig {
  if (requested !== undefined) return ZLoadConfig.parse(requested);
  if (saved === null || saved === undefined) {
    throw new BadRequestError([
      'body: this scenario has no saved load settings; send them, e.g. {"vus": 10, "durationSeconds": 30}',
    ]);
  }
  const parsed = ZLoadConfig.safeParse(saved);
  if (!parsed.success) throw new BadRequestError(["body: the scenario's saved load settings are invalid; send them"]);
  return parsed.data;
}
