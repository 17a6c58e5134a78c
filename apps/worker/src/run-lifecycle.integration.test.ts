import {
  demoScenarioSpec,
  isTerminalRunStatus,
  ZLoadConfig,
  ZScenarioSpec,
  type TLoadConfigInput,
} from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import {
  createPrismaClient,
  createRun,
  createScenario,
  findRunMetricRows,
  findRunSamples,
  findRunSeconds,
  getRunById,
  requestRunStop,
  type PrismaClient,
} from "@stampede/db";
import { createRedis, createRunControlQueue, enqueueRunStart, RunChannel } from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorkerEnv } from "./env";
import { type RunningWorker, startWorker } from "./start-worker";

const env = parseWorkerEnv({ ...process.env, WORKER_NAME: "integration-worker" });
let db: PrismaClient;
let redis: Redis;
let worker: RunningWorker;
let target: DemoTarget;
const queue = () => createRunControlQueue(redis, env.STAMPEDE_REDIS_PREFIX);

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

async function startDemoRun(load: TLoadConfigInput) {
  const scenario = await createScenario(db, {
    name: `it ${Date.now()}`,
    spec: ZScenarioSpec.parse(demoScenarioSpec(target.url)),
  });
  const run = await createRun(db, { scenarioId: scenario.id, load: ZLoadConfig.parse(load), trigger: "API" });
  const q = queue();
  await enqueueRunStart(q, run.id);
  await enqueueRunStart(q, run.id); // a second enqueue of the same run is a no-op
  await q.close();
  return run.id;
}

async function waitForStatus(runId: string, accept: (status: string) => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await getRunById(db, runId);
    if (accept(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a run from queue to report", () => {
  it("finishes, and the per-second rows add up to exactly what the target served", async () => {
    target.resetStats();
    const runId = await startDemoRun({ vus: 4, durationSeconds: 4 });
    const run = await waitForStatus(runId, isTerminalRunStatus, 30_000);
    expect(run.status).toBe("FINISHED");

    const rows = await findRunMetricRows(db, runId);
    const seconds = await findRunSeconds(db, runId);
    const stats = target.stats();
    const counted = rows.reduce((n, r) => n + r.requests, 0);
    expect(counted).toBeGreaterThan(100);
    expect(counted).toBe(stats.requests);
    const byStep = (step: string) => rows.filter((r) => r.step === step).reduce((n, r) => n + r.requests, 0);
    expect(byStep("Get access token")).toBe(stats.byRoute["GET /cgi-bin/token"]);
    expect(byStep("Join activity")).toBe(stats.byRoute["POST /api/activity"]);
    expect(seconds.reduce((n, s) => n + s.requests, 0)).toBe(counted);
    expect(seconds.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...seconds.map((s) => s.vus))).toBe(4);
    expect(stats.unauthorized).toBe(0);

    const summary = run.summary as {
      requests: number;
      failures: number;
      steps: Array<{ step: string; latency: { p95: number } }>;
    };
    expect(summary.requests).toBe(counted);
    expect(summary.failures).toBe(0);
    expect(summary.steps.map((s) => s.step).sort()).toEqual(["Get access token", "Join activity"]);
    expect(summary.steps[0]!.latency.p95).toBeGreaterThan(0);

    // The sampled log kept a share of the successes, with the token masked.
    const samples = await findRunSamples(db, runId);
    expect(samples.length).toBeGreaterThan(0);
    const activity = samples.find((s) => s.step === "Join activity");
    expect(activity?.request.body).toMatch(/"input_token":"[0-9a-f]{4}…/);
  });

  it("stops a running run when asked, long before its planned end", async () => {
    const runId = await startDemoRun({ vus: 2, durationSeconds: 120 });
    await waitForStatus(runId, (s) => s === "RUNNING", 10_000);
    await new Promise((r) => setTimeout(r, 1500));
    const askedAt = Date.now();
    await requestRunStop(db, runId);
    await new RunChannel(redis, env.STAMPEDE_REDIS_PREFIX, runId).requestStop();
    const run = await waitForStatus(runId, isTerminalRunStatus, 15_000);
    expect(run.status).toBe("STOPPED");
    expect(Date.now() - askedAt).toBeLessThan(15_000);
    expect((run.summary as { requests: number }).requests).toBeGreaterThan(0);
  });

  it("stops a run that no worker took yet without running it", async () => {
    await worker.close();
    const runId = await startDemoRun({ vus: 1, durationSeconds: 5 });
    expect(await requestRunStop(db, runId)).toBe("STOPPED");
    worker = await startWorker(env, () => {});
    await new Promise((r) => setTimeout(r, 1500));
    const run = await getRunById(db, runId);
    expect(run.status).toBe("STOPPED");
    expect(run.startedAt).toBeNull();
  });
});
