import { ZScenarioSpec, type TLoadConfigInput, type TScenarioSpecInput } from "@stampede/contracts";
import { createScenario, getRunById, type PrismaClient } from "@stampede/db";
import { createRunControlQueue } from "@stampede/queue";
import * as runs from "@stampede/runs";
import type { Redis } from "ioredis";

/**
 * Test-only: runs `fn` with the run-lifecycle deps (@stampede/runs) on these connections, so tests start, stop
 * and change the speed of runs exactly as the console does.
 */
export async function withLifecycle<T>(
  db: PrismaClient,
  redis: Redis,
  prefix: string,
  fn: (deps: runs.RunLifecycleDeps) => Promise<T>,
): Promise<T> {
  const runControlQueue = createRunControlQueue(redis, prefix);
  try {
    return await fn({ db, redis, prefix, runControlQueue });
  } finally {
    await runControlQueue.close();
  }
}

/** Test-only: writes a scenario, then starts a run of it the way the console does. */
export async function startRun(
  db: PrismaClient,
  redis: Redis,
  prefix: string,
  spec: TScenarioSpecInput,
  load: TLoadConfigInput,
): Promise<string> {
  const scenario = await createScenario(db, { name: `it ${Date.now()}`, spec: ZScenarioSpec.parse(spec) });
  const run = await withLifecycle(db, redis, prefix, (deps) =>
    runs.startRun(deps, {
      scenarioId: scenario.id,
      load,
      trigger: "API",
      startedBy: { label: "worker integration test", complianceConfirmedAt: new Date() },
    }),
  );
  return run.id;
}

/** Test-only: polls the run until `accept` says yes, or fails saying what the status still was. */
export async function waitForStatus(
  db: PrismaClient,
  runId: string,
  accept: (status: string) => boolean,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await getRunById(db, runId);
    if (accept(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
