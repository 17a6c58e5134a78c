import { demoScenarioSpec, isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { createPrismaClient, getRunById, isDatabaseUnavailable, type PrismaClient } from "@stampede/db";
import { createRedis } from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The console's route logic for GET /api/v1/runs/:id (domain call + error mapping), on this test's own client:
// lighter than a built console, and the same code the route runs.
import { startRun, waitForStatus } from "./test-support";
import { type OwnPostgres, startOwnPostgres } from "./test-support/own-postgres";
import { spawnWorker, type WorkerProcess } from "./test-support/worker-process";

// Postgres of this test's own: it is stopped for 20 s mid-run. Redis is the shared one, under a prefix of its own.
const prefix = `${process.env.STAMPEDE_REDIS_PREFIX!}:pg-outage`;
const OUTAGE_MS = 20_000;
let ownPostgres: OwnPostgres;
let db: PrismaClient;
let redis: Redis;
let target: DemoTarget;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  ownPostgres = await startOwnPostgres();
  const url = await ownPostgres.createMigratedDatabase("outage");
  db = createPrismaClient(url);
  redis = createRedis(process.env.REDIS_URL!);
  target = await createDemoTarget({ port: 0, tokenTtlSeconds: 3, graceSeconds: 0.5 });
  worker = await spawnWorker("pg-outage", { DATABASE_URL: url, STAMPEDE_REDIS_PREFIX: prefix });
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await target?.close();
  redis?.disconnect();
  await db?.$disconnect();
  await ownPostgres?.destroy();
});

/**
 * What the console's run route meets now when it reads the run: the error the API turns into its answer. The
 * route answers 503 naming Postgres, with Retry-After, for exactly the errors `isDatabaseUnavailable` accepts
 * (apps/web/src/server/http/errors.test.ts); here a real outage must produce one of them, never another error
 * (which would be a 500).
 */
async function readRunDuringOutage(runId: string): Promise<{ read: true } | { unavailable: boolean }> {
  try {
    await getRunById(db, runId);
    return { read: true };
  } catch (error) {
    return { unavailable: isDatabaseUnavailable(error) };
  }
}

describe("Postgres stopped for 20 s mid-run", () => {
  it("the run still ends with totals equal to the target's count, and reads meanwhile fail as 'Postgres unavailable' (503)", async () => {
    const runId = await startRun(db, redis, prefix, demoScenarioSpec(target.url), { vus: 3, durationSeconds: 30 });
    await waitForStatus(db, runId, (s) => s === "RUNNING", 30_000);
    await new Promise((r) => setTimeout(r, 4000));

    await ownPostgres.stop();
    const outageEnds = Date.now() + OUTAGE_MS;
    expect(await readRunDuringOutage(runId)).toEqual({ unavailable: true });
    await new Promise((r) => setTimeout(r, outageEnds - Date.now()));
    expect(worker!.alive()).toBe(true);
    await ownPostgres.start();

    expect(await readRunDuringOutage(runId)).toEqual({ read: true });
    const run = await waitForStatus(db, runId, isTerminalRunStatus, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\nworker output:\n${worker!.output().slice(-5000)}`);
    });
    expect(worker!.alive()).toBe(true);
    const summary = run.summary as TRunSummary;
    expect(summary.requests).toBeGreaterThan(100);
    expect(summary.requests).toBe(target.stats().requests);
    expect(run.status).toBe("FINISHED");
    expect((await getRunById(db, runId)).endedAt).not.toBeNull();
  });
});
