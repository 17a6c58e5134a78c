import { demoScenarioSpec, isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { createPrismaClient, findRunEvents, getRunById, type PrismaClient } from "@stampede/db";
import { createRedis, createRunControlQueue } from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRun, waitForStatus } from "./test-support";
import { type OwnRedis, startOwnRedis } from "./test-support/own-redis";
import { waitUntil } from "./test-support/wait-until";
import { spawnWorker, type WorkerProcess } from "./test-support/worker-process";

// Redis of this test's own: it is restarted (empty, as the machine's keeps nothing on disk) mid-test.
const prefix = process.env.STAMPEDE_REDIS_PREFIX!;
let ownRedis: OwnRedis;
let redis: Redis;
let db: PrismaClient;
let target: DemoTarget;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  ownRedis = await startOwnRedis();
  redis = createRedis(ownRedis.url);
  redis.on("error", () => {}); // it reconnects after the restart; the refusals meanwhile are expected
  db = createPrismaClient(process.env.DATABASE_URL!);
  target = await createDemoTarget({ port: 0, tokenTtlSeconds: 3, graceSeconds: 0.5 });
});

afterAll(async () => {
  await worker?.stop();
  redis?.disconnect();
  await ownRedis?.destroy();
  await target?.close();
  await db?.$disconnect();
});

describe("Redis restarted while a run is QUEUED", () => {
  it("the worker survives the restart and the run starts once Redis is back, with exact totals", async () => {
    // At debug level the worker logs its reconciler passes (routine housekeeping, below info).
    worker = await spawnWorker("redis-restart", {
      REDIS_URL: ownRedis.url,
      STAMPEDE_REDIS_PREFIX: prefix,
      LOG_LEVEL: "debug",
    });
    // Once its first reconciler pass is over, the only pass left is the scheduler's next one, which lives in Redis.
    await waitUntil(
      "a first reconciler pass",
      async () => /"queue":"maintenance".*job completed/.test(worker!.output()),
      10_000,
    );
    // Frozen, it cannot take the run before Redis loses the run's control job.
    worker.pause();
    const runId = await startRun(db, redis, prefix, demoScenarioSpec(target.url), { vus: 2, durationSeconds: 4 });
    const queue = createRunControlQueue(redis, prefix);
    expect(await (await queue.getJob(runId))?.getState()).toBe("waiting");
    await ownRedis.stop();
    await ownRedis.start();
    expect(await queue.getJob(runId)).toBeUndefined(); // lost with Redis, and the reconciler's scheduler too
    await queue.close();
    expect((await getRunById(db, runId)).status).toBe("QUEUED");

    worker.resume();
    const run = await waitForStatus(db, runId, isTerminalRunStatus, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}\nworker output:\n${worker!.output()}`);
    });
    expect(run.status).toBe("FINISHED");
    expect(worker.alive()).toBe(true);
    const kinds = (await findRunEvents(db, runId)).map((e) => e.kind);
    expect(kinds).toContain("run.reconciled");
    const summary = run.summary as TRunSummary;
    expect(summary.requests).toBeGreaterThan(0);
    expect(summary.requests).toBe(target.stats().requests);
  });

  it("a running worker lives through Redis refusing connections for 5 s, and takes runs again after", async () => {
    worker ??= await spawnWorker("redis-restart", { REDIS_URL: ownRedis.url, STAMPEDE_REDIS_PREFIX: prefix });
    await ownRedis.stop();
    await new Promise((r) => setTimeout(r, 5000));
    expect(worker.alive()).toBe(true);
    await ownRedis.start();
    target.resetStats();
    const runId = await startRun(db, redis, prefix, demoScenarioSpec(target.url), { vus: 1, durationSeconds: 2 });
    const run = await waitForStatus(db, runId, isTerminalRunStatus, 60_000);
    expect(run.status).toBe("FINISHED");
    expect((run.summary as TRunSummary).requests).toBe(target.stats().requests);
    expect(worker.alive()).toBe(true);
  });
});
