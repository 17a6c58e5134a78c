import { isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { createPrismaClient, findRunEvents, findRunSeconds, type PrismaClient } from "@stampede/db";
import { createRedis, RunChannel } from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorkerEnv } from "./env";
import { type RunningWorker, startWorker } from "./start-worker";
import { startRun, waitForStatus } from "./test-support";

// Two load generators in one process stand in for two machines: they share nothing but Redis and Postgres.
const envA = parseWorkerEnv({ ...process.env, WORKER_NAME: "machine-a" });
const envB = parseWorkerEnv({ ...process.env, WORKER_NAME: "machine-b", WORKER_CONTROLLER: "false" });
let db: PrismaClient;
let redis: Redis;
let workers: RunningWorker[] = [];
let target: DemoTarget;

beforeAll(async () => {
  db = createPrismaClient(envA.DATABASE_URL);
  redis = createRedis(envA.REDIS_URL);
  target = await createDemoTarget({ port: 0, tokenTtlSeconds: 2, graceSeconds: 0.5 });
  workers = [await startWorker(envA, () => {}), await startWorker(envB, () => {})];
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await target?.close();
  redis?.disconnect();
  await db?.$disconnect();
});

describe("a run spread over two load generators", () => {
  it("shares one token provider token across both: zero 401s, one fetch per token lifetime", async () => {
    target.resetStats();
    const runId = await startRun(
      db,
      redis,
      envA.STAMPEDE_REDIS_PREFIX,
      {
        tokenProvider: {
          request: {
            method: "POST",
            url: `${target.url}/api/token`,
            body: { type: "json", json: '{"appid":"wx-demo-app","secret":"demo-secret"}' },
          },
          refreshMarginSeconds: 0.5,
        },
        flows: [
          {
            name: "f",
            steps: [
              {
                type: "http",
                name: "activity",
                method: "POST",
                url: `${target.url}/api/activity`,
                body: { type: "json", json: '{"input_token":"${access_token}"}' },
              },
            ],
          },
        ],
      },
      { vus: 6, durationSeconds: 7, generators: 2 },
    );
    const run = await waitForStatus(db, runId, isTerminalRunStatus, 40_000);
    expect(run.status).toBe("FINISHED");
    const events = await findRunEvents(db, runId);
    expect(events.find((e) => e.kind === "run.started")?.message).toContain("2 shard(s)");
    const summary = run.summary as TRunSummary;
    const stats = target.stats();
    const activity = summary.steps.find((s) => s.step === "activity")!;
    expect(activity.requests).toBeGreaterThan(500);
    expect(stats.unauthorized).toBe(0);
    expect(activity.failures).toBe(0);
    // Both machines used the same tokens: fetches follow token lifetimes (7 s / 1.5 s), not machines × lifetimes.
    expect(stats.tokensIssued).toBeGreaterThanOrEqual(4);
    expect(stats.tokensIssued).toBeLessThanOrEqual(7);
    expect(summary.requests).toBe(stats.requests);
  });

  it("runs TPS mode at the target rate and changes speed while running", async () => {
    target.resetStats();
    const runId = await startRun(
      db,
      redis,
      envA.STAMPEDE_REDIS_PREFIX,
      { flows: [{ name: "f", steps: [{ type: "http", name: "hello", url: `${target.url}/hello` }] }] },
      { mode: "rate", targetRate: 200, maxVus: 20, durationSeconds: 6, generators: 2 },
    );
    const running = await waitForStatus(db, runId, (s) => s === "RUNNING", 10_000);
    // A TPS run's start is set a moment ahead, so that both generators begin together.
    expect(running.startedAt!.getTime()).toBeGreaterThan(Date.now());
    await new Promise((r) => setTimeout(r, running.startedAt!.getTime() + 2500 - Date.now()));
    const changedAtS = (Date.now() - running.startedAt!.getTime()) / 1000;
    await new RunChannel(redis, envA.STAMPEDE_REDIS_PREFIX, runId).changeSpeed(400);
    const run = await waitForStatus(db, runId, isTerminalRunStatus, 30_000);
    expect(run.status).toBe("FINISHED");
    const summary = run.summary as TRunSummary;
    // 200/s until the change, 400/s after it: the total follows the moment the change was sent. The change
    // crosses Redis to two processes; on a busy machine that may take up to a second, so the floor allows it.
    const expected = 200 * changedAtS + 400 * (6 - changedAtS);
    const appliedLate = 200 * (changedAtS + 1) + 400 * (5 - changedAtS);
    expect(summary.requests).toBeGreaterThan(appliedLate * 0.95);
    expect(summary.requests).toBeLessThan(expected * 1.05);
    expect(summary.droppedIterations).toBe(0);
    const seconds = await findRunSeconds(db, runId);
    const at = (s: number) => seconds.find((x) => x.second === s)?.requests ?? 0;
    expect(at(1)).toBeGreaterThan(180);
    expect(at(1)).toBeLessThan(220);
    expect(at(5)).toBeGreaterThan(360);
    expect(at(5)).toBeLessThan(440);
    expect(summary.requests).toBe(target.stats().requests);
  });
});
