import { isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { createPrismaClient, findRunShards, type PrismaClient } from "@stampede/db";
import { createRedis } from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorkerEnv } from "./env";
import { type RunningWorker, startWorker } from "./start-worker";
import { startRun, waitForStatus } from "./test-support";
import { BUSINESS_ROUTE, browseScenario, filePrefix } from "./test-support/proof-runs";

// Two generators labelled with different regions (in one process each, sharing only Redis and Postgres).
const prefix = filePrefix("regions");
const envOf = (name: string, region: string, controller: boolean) =>
  parseWorkerEnv({
    ...process.env,
    STAMPEDE_REDIS_PREFIX: prefix,
    WORKER_NAME: name,
    WORKER_REGION: region,
    WORKER_CONTROLLER: String(controller),
  });
let db: PrismaClient;
let redis: Redis;
let target: DemoTarget;
let workers: RunningWorker[] = [];

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  redis = createRedis(process.env.REDIS_URL!);
  target = await createDemoTarget({ port: 0 });
  workers = [
    await startWorker(envOf("region-gen-hz", "hangzhou", true), () => {}),
    await startWorker(envOf("region-gen-sh", "shanghai", false), () => {}),
  ];
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await target?.close();
  redis?.disconnect();
  await db?.$disconnect();
});

describe("a run split 70/30 over two regions", () => {
  it("places each region's part on its generator, and the per-region request counts follow the split", async () => {
    target.resetStats();
    const runId = await startRun(db, redis, prefix, browseScenario(target.url, 50), {
      vus: 10,
      durationSeconds: 6,
      regions: { hangzhou: 70, shanghai: 30 },
    });
    const run = await waitForStatus(db, runId, isTerminalRunStatus, 40_000);
    expect(run.status).toBe("FINISHED");
    const shards = await findRunShards(db, runId);
    expect(shards.map((s) => [s.region, s.generatorId, s.weight]).sort()).toEqual([
      ["hangzhou", "region-gen-hz", 7],
      ["shanghai", "region-gen-sh", 3],
    ]);
    const requests = (region: string) => shards.filter((s) => s.region === region).reduce((n, s) => n + s.requests, 0);
    const total = requests("hangzhou") + requests("shanghai");
    expect(total).toBe((run.summary as TRunSummary).requests);
    expect(total).toBe(target.stats().byRoute[BUSINESS_ROUTE]);
    expect(requests("hangzhou") / total).toBeGreaterThan(0.7 * 0.95);
    expect(requests("hangzhou") / total).toBeLessThan(0.7 * 1.05);
  });
});
