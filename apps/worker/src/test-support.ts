import { ZLoadConfig, ZScenarioSpec, type TLoadConfigInput, type TScenarioSpecInput } from "@stampede/contracts";
import { createRun, createScenario, getRunById, type PrismaClient } from "@stampede/db";
import { createRunControlQueue, enqueueRunStart } from "@stampede/queue";
import type { Redis } from "ioredis";

/** Test-only: writes a scenario and a run, and hands the run to the controllers. */
export async function startRun(
  db: PrismaClient,
  redis: Redis,
  prefix: string,
  spec: TScenarioSpecInput,
  load: TLoadConfigInput,
): Promise<string> {
  const scenario = await createScenario(db, { name: `it ${Date.now()}`, spec: ZScenarioSpec.parse(spec) });
  const run = await createRun(db, { scenarioId: scenario.id, load: ZLoadConfig.parse(load), trigger: "API" });
  const queue = createRunControlQueue(redis, prefix);
  await enqueueRunStart(queue, run.id);
  await queue.close();
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
