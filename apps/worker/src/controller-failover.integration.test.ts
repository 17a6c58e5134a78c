import { isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { createPrismaClient, findRunShards, getRunById, type PrismaClient } from "@stampede/db";
import { createRedis } from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRun, waitForStatus } from "./test-support";
import {
  BUSINESS_ROUTE,
  browseScenario,
  filePrefix,
  sleepUntil,
  waitForEvent,
  waitForRunningShards,
} from "./test-support/proof-runs";
import { spawnWorker, type WorkerProcess } from "./test-support/worker-process";

// Two controller processes and two generator processes; the controller that took the run is killed (kill -9).
const VUS = 10;
const DURATION_S = 20;
const KILL_AT_MS = 5_000;
const prefix = filePrefix("controller-failover");
let db: PrismaClient;
let redis: Redis;
let target: DemoTarget;
let processes: WorkerProcess[] = [];

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  redis = createRedis(process.env.REDIS_URL!);
  target = await createDemoTarget({ port: 0 });
  const generator = { STAMPEDE_REDIS_PREFIX: prefix, WORKER_CONTROLLER: "false" };
  const controller = { STAMPEDE_REDIS_PREFIX: prefix, WORKER_GENERATOR: "false" };
  processes = await Promise.all([
    spawnWorker("failover-gen-a", generator, 60_000),
    spawnWorker("failover-gen-b", generator, 60_000),
    spawnWorker("failover-ctl-a", controller, 60_000),
    spawnWorker("failover-ctl-b", controller, 60_000),
  ]);
}, 90_000);

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await target?.close();
  redis?.disconnect();
  await db?.$disconnect();
});

describe("the run's controller killed mid-run", () => {
  it("is resumed by another controller within 10 s, with the same shard plan and exact totals", async () => {
    target.resetStats();
    const runId = await startRun(db, redis, prefix, browseScenario(target.url), {
      vus: VUS,
      durationSeconds: DURATION_S,
      generators: 2,
    });
    const running = await waitForStatus(db, runId, (s) => s === "RUNNING", 20_000);
    const startedAtMs = running.startedAt!.getTime();
    const planned = await waitForRunningShards(db, runId, 15_000);
    const started = await waitForEvent(db, runId, "run.started", 10_000);
    const owner = (started.data as { controller: string }).controller;
    const victim = processes.find((p) => p.name === owner)!;

    await sleepUntil(startedAtMs + KILL_AT_MS);
    victim.kill();
    const killedAtMs = Date.now();
    const resumed = await waitForEvent(db, runId, "controller.resumed", 15_000);
    expect(resumed.at.getTime() - killedAtMs).toBeLessThan(10_000);
    expect(resumed.message).not.toContain(owner);

    const run = await waitForStatus(db, runId, isTerminalRunStatus, 60_000);
    expect(run.status).toBe("FINISHED");
    // The stored plan was continued, never re-planned: the same shards on the same generators.
    const rows = await findRunShards(db, runId);
    const plan = (r: { shardIndex: number; generatorId: string; weight: number; generation: number }) =>
      `${r.shardIndex}:${r.generatorId}:${r.weight}:g${r.generation}`;
    expect(rows.map(plan)).toEqual(planned.map(plan));
    expect((await getRunById(db, runId)).plannedShards).toBe(2);
    const summary = run.summary as TRunSummary;
    const served = target.stats().byRoute[BUSINESS_ROUTE] ?? 0;
    expect(served).toBeGreaterThan(300);
    expect({ iterations: summary.iterations, requests: summary.requests }).toEqual({
      iterations: served,
      requests: served,
    });
  });
});
