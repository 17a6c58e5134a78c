import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import {
  createPrismaClient,
  createProject,
  createScenario,
  findRunEvents,
  setProjectStopConditions,
  type PrismaClient,
} from "@stampede/db";
import * as runs from "@stampede/runs";
import { createRedis } from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTerminalRunStatus, ZScenarioSpec, ZStopConditions, type TScenarioSpecInput } from "@stampede/contracts";
import { parseWorkerEnv } from "./env";
import { type RunningWorker, startWorker } from "./start-worker";
import { startRun, waitForStatus, withLifecycle } from "./test-support";

const env = parseWorkerEnv({ ...process.env, WORKER_NAME: "stop-conditions-worker" });
let db: PrismaClient;
let redis: Redis;
let worker: RunningWorker;
let target: DemoTarget;

beforeAll(async () => {
  db = createPrismaClient(env.DATABASE_URL);
  redis = createRedis(env.REDIS_URL);
  target = await createDemoTarget({ port: 0 });
  worker = await startWorker(env, () => {});
});

afterAll(async () => {
  await worker?.close();
  await target?.close();
  redis?.disconnect();
  await db?.$disconnect();
});

/** One API that always fails: the demo target has no such path (404). */
const failing = (stopConditions?: unknown): TScenarioSpecInput =>
  ({
    flows: [{ name: "main", steps: [{ type: "http", name: "missing", url: `${target.url}/no-such-path` }] }],
    stopConditions,
  }) as TScenarioSpecInput;

describe("stop conditions in the controller", () => {
  it("stops a failing run on an error-rate rule, with the event and the stop reason", async () => {
    const rule = { metric: "error_rate", comparison: ">", threshold: 50, windowSeconds: 3, action: "stop" };
    const runId = await startRun(db, redis, env.STAMPEDE_REDIS_PREFIX, failing([rule]), {
      vus: 2,
      durationSeconds: 60,
    });
    const run = await waitForStatus(db, runId, isTerminalRunStatus, 40_000);
    expect(run.status).toBe("STOPPED");
    expect(run.stopReason).toMatch(/^error rate 100% > 50% over 3 s windows, at 0:0\d$/);
    // A 60 s run ended within seconds of its first full window.
    expect(run.endedAt!.getTime() - run.startedAt!.getTime()).toBeLessThan(20_000);
    const events = (await findRunEvents(db, runId)).filter((e) => e.kind.startsWith("stop_condition."));
    expect(events.map((e) => e.kind)).toEqual(["stop_condition.stop"]);
    expect(events[0]!.message).toBe(run.stopReason);
    expect(events[0]!.data).toMatchObject({ observed: 100, index: 0, rule: { metric: "error_rate", action: "stop" } });
    expect((events[0]!.data as { second: number }).second).toBeGreaterThanOrEqual(2);
  });

  it("uses the project's defaults for a scenario without rules, and warns once per breach", async () => {
    // A project of its own: the suites share the database, and defaults apply to every scenario of a project.
    const project = await createProject(db, { name: `stop conditions ${Date.now()}` });
    const rules = ZStopConditions.parse([
      { metric: "status_share", status: "4xx", comparison: ">=", threshold: 90, windowSeconds: 2 },
    ]);
    await setProjectStopConditions(db, project.id, rules);
    const scenario = await createScenario(db, {
      name: `stop conditions ${Date.now()}`,
      projectId: project.id,
      spec: ZScenarioSpec.parse(failing()),
    });
    const started = await withLifecycle(db, redis, env.STAMPEDE_REDIS_PREFIX, (deps) =>
      runs.startRun(deps, {
        scenarioId: scenario.id,
        load: { vus: 1, durationSeconds: 4 },
        trigger: "API",
        startedBy: { label: "stop conditions test", complianceConfirmedAt: new Date() },
      }),
    );
    // Later edits of the defaults do not change the started run: its snapshot froze them.
    await setProjectStopConditions(db, project.id, []);
    const run = await waitForStatus(db, started.id, isTerminalRunStatus, 30_000);
    expect(run.status).toBe("FINISHED");
    expect(run.stopReason).toBeNull();
    const events = (await findRunEvents(db, started.id)).filter((e) => e.kind.startsWith("stop_condition."));
    expect(events.map((e) => e.kind)).toEqual(["stop_condition.warn"]);
    expect(events[0]!.message).toMatch(/^status 4xx share 100% >= 90% over 2 s windows, at 0:0\d$/);
  });
});
