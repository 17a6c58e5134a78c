import { ZScenarioSpec, demoScenarioSpec } from "@stampede/contracts";
import {
  createPrismaClient,
  createRun,
  createScenario,
  findRunEvents,
  getRunById,
  type PrismaClient,
} from "@stampede/db";
import { createMaintenanceQueue, createRedis, createRunControlQueue, QUEUES, RunChannel } from "@stampede/queue";
import { Worker } from "bullmq";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitUntil } from "../test-support/wait-until";
import { upsertReconcileScheduler } from "./schedule-reconciler";
import { reconcileRuns, type ReconcilerDeps, type ReservationLedger } from "./reconcile-runs";

// A queue prefix of this file's own: no worker of another test file takes the control jobs written here.
const prefix = `${process.env.STAMPEDE_REDIS_PREFIX!}:reconcile-test`;
let db: PrismaClient;
let redis: Redis;
let deps: ReconcilerDeps;
let scenarioId: string;

/** An in-memory ledger standing in for the generator registry: runId → booked. */
function memoryLedger(runIds: string[]): ReservationLedger & { held: Set<string> } {
  const held = new Set(runIds);
  return {
    held,
    list: async () => [{ reservations: [...held].map((runId) => ({ runId })) }],
    release: async (runId) => Number(held.delete(runId)),
  };
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  redis = createRedis(process.env.REDIS_URL!);
  deps = {
    db,
    redis,
    prefix,
    runControlQueue: createRunControlQueue(redis, prefix),
    logger: pino({ level: "silent" }),
  };
  const spec = ZScenarioSpec.parse(demoScenarioSpec("http://127.0.0.1:9"));
  scenarioId = (await createScenario(db, { name: "reconcile it", spec })).id;
});

afterAll(async () => {
  // The database is shared with later test files, whose workers' reconcilers would otherwise resume these runs.
  await db?.run.updateMany({
    where: { scenarioId, status: { in: ["QUEUED", "RUNNING", "STOPPING"] } },
    data: { status: "FAILED", endedAt: new Date(), error: "test ended" },
  });
  await deps?.runControlQueue.close();
  redis?.disconnect();
  await db?.$disconnect();
});

/** A run row as a controller would have left it, with no control job in Redis. */
async function runRow(status: "QUEUED" | "RUNNING" | "STOPPING" | "FINISHED", startedAgoMs?: number) {
  const run = await createRun(db, {
    scenarioId,
    load: { mode: "concurrency", vus: 2, durationSeconds: 30, rampUpSeconds: 0 },
    trigger: "API",
  });
  const startedAt = startedAgoMs === undefined ? null : new Date(Date.now() - startedAgoMs);
  await db.run.update({ where: { id: run.id }, data: { status, startedAt } });
  return run.id;
}

describe("a reconciler pass", () => {
  it("hands a RUNNING run whose control job Redis lost back to the controllers, and says so", async () => {
    const runId = await runRow("RUNNING", 5_000);
    await reconcileRuns(deps);
    expect(await (await deps.runControlQueue.getJob(runId))?.getState()).toBe("waiting");
    const events = await findRunEvents(db, runId);
    expect(events.map((e) => e.kind)).toEqual(["run.reconciled"]);
    // The job is there now: the next pass leaves the run alone.
    await reconcileRuns(deps);
    expect(await findRunEvents(db, runId)).toHaveLength(1);
  });

  it("replaces a failed control job: a job with the same id would otherwise make the re-enqueue a no-op", async () => {
    const runId = await runRow("QUEUED");
    await deps.runControlQueue.add("run.start", { runId }, { jobId: runId });
    // A controller that failed on it (Postgres went away), as BullMQ records it.
    const failing = new Worker(QUEUES.runControl, async () => Promise.reject(new Error("Postgres went away")), {
      connection: redis.duplicate(),
      prefix,
    });
    await waitUntil(
      "the control job failed",
      async () => (await deps.runControlQueue.getJob(runId))?.getState().then((s) => s === "failed") ?? false,
      10_000,
    );
    await failing.close();
    await reconcileRuns(deps);
    expect(await (await deps.runControlQueue.getJob(runId))?.getState()).toBe("waiting");
  });

  it("says stop again to a STOPPING run, for a stop accepted while Redis was down", async () => {
    const runId = await runRow("STOPPING", 5_000);
    const channel = new RunChannel(redis, prefix, runId);
    expect(await channel.isStopRequested()).toBe(false);
    await reconcileRuns(deps);
    expect(await channel.isStopRequested()).toBe(true);
  });

  it("ends a run 2 minutes past its planned end: FAILED when it was running, STOPPED when a stop was asked", async () => {
    const running = await runRow("RUNNING", 30_000 + 3 * 60_000);
    const stopping = await runRow("STOPPING", 30_000 + 3 * 60_000);
    await db.runSecond.create({
      data: {
        runId: running,
        second: 0,
        vus: 2,
        iterations: 4,
        requests: 8,
        failures: 0,
        p50Ms: 1,
        p95Ms: 2,
        p99Ms: 3,
      },
    });
    await reconcileRuns(deps);
    const failed = await getRunById(db, running);
    expect(failed.status).toBe("FAILED");
    expect(failed.error).toBe("no controller finished the run");
    expect(failed.summary).toMatchObject({ iterations: 4 });
    expect(failed.endedAt).not.toBeNull();
    expect((await getRunById(db, stopping)).status).toBe("STOPPED");
    expect(await new RunChannel(redis, prefix, running).isStopRequested()).toBe(true);
  });

  it("releases reservations held for runs that ended (or no longer exist), and keeps those of live runs", async () => {
    const ended = await runRow("FINISHED", 60_000);
    const live = await runRow("RUNNING", 1_000);
    const ledger = memoryLedger([ended, live, "deleted-run"]);
    const report = await reconcileRuns({ ...deps, reservations: ledger });
    expect(report.releasedRuns.sort()).toEqual([ended, "deleted-run"].sort());
    expect([...ledger.held]).toEqual([live]);
  });
});

describe("the reconciler's scheduler", () => {
  it("stays one scheduler, every 5 s, however many workers upsert it", async () => {
    const queue = createMaintenanceQueue(redis, prefix);
    try {
      await upsertReconcileScheduler(queue);
      await upsertReconcileScheduler(queue);
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.every])).toEqual([["reconcile", 5000]]);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
