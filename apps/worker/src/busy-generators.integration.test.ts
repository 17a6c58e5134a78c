import { isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { createPrismaClient, findRunEvents, findRunSeconds, getRunById, type PrismaClient } from "@stampede/db";
import { createRedis, GeneratorRegistry } from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorkerEnv } from "./env";
import { type RunningWorker, startWorker } from "./start-worker";
import { startRun, waitForStatus } from "./test-support";
import { BUSINESS_ROUTE, browseScenario, filePrefix } from "./test-support/proof-runs";
import { waitUntil } from "./test-support/wait-until";

// One generator whose capacity (10 VUs) fits two runs of 5 VUs at once.
const RUN_VUS = 5;
const prefix = filePrefix("busy-generators");
const env = parseWorkerEnv({
  ...process.env,
  STAMPEDE_REDIS_PREFIX: prefix,
  WORKER_NAME: "busy-test-worker",
  WORKER_MAX_VUS: "10",
});
let db: PrismaClient;
let redis: Redis;
let worker: RunningWorker | undefined;
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

const statuses = (ids: string[]) => Promise.all(ids.map(async (id) => (await getRunById(db, id)).status));

describe("more runs than the generators have room for", () => {
  it("runs two at once while three wait in QUEUED saying why; all five finish with their full load", async () => {
    target.resetStats();
    const spec = browseScenario(target.url);
    const ids = await Promise.all(
      Array.from({ length: 5 }, () => startRun(db, redis, prefix, spec, { vus: RUN_VUS, durationSeconds: 4 })),
    );
    let waiting: string[] = [];
    await waitUntil(
      "two runs running and three waiting, saying why",
      async () => {
        const now = await Promise.all(ids.map((id) => getRunById(db, id)));
        waiting = now.filter((r) => r.status === "QUEUED" && r.waitingReason !== null).map((r) => r.id);
        return now.filter((r) => r.status === "RUNNING").length === 2 && waiting.length === 3;
      },
      20_000,
    );
    for (const id of waiting) {
      const run = await getRunById(db, id);
      expect(run.waitingReason).toMatch(/^waiting for generators \(0 of 1 free/);
    }

    const runs = await Promise.all(ids.map((id) => waitForStatus(db, id, isTerminalRunStatus, 90_000)));
    expect(runs.map((r) => r.status)).toEqual(Array(5).fill("FINISHED"));
    for (const run of runs) {
      // Each ran its whole duration at its full VUs: no run shared a generator beyond its capacity.
      const seconds = await findRunSeconds(db, run.id);
      expect(seconds.filter((s) => s.second >= 1 && s.second <= 2).map((s) => s.vus)).toEqual([RUN_VUS, RUN_VUS]);
      expect(run.plannedShards).toBe(1);
      expect(run.waitingReason).toBeNull();
    }
    const served = target.stats().byRoute[BUSINESS_ROUTE] ?? 0;
    expect(runs.reduce((n, r) => n + (r.summary as TRunSummary).requests, 0)).toBe(served);
    const waited = await Promise.all(waiting.map(async (id) => (await findRunEvents(db, id)).map((e) => e.kind)));
    for (const kinds of waited) expect(kinds.filter((k) => k === "run.waiting")).toEqual(["run.waiting"]);
  });

  it('with whenBusy "fail", a run that finds no room fails at once with the reason', async () => {
    // The first test's runs have ended; their bookings are released just after, so wait for the whole room.
    const registry = new GeneratorRegistry(redis, prefix);
    await waitUntil(
      "the generator's 10 VUs free again",
      async () => (await registry.list(Date.now())).every((g) => g.free.vus === 10),
      15_000,
    );
    const spec = browseScenario(target.url);
    const load = { vus: RUN_VUS, durationSeconds: 3, whenBusy: "fail" as const };
    const ids = await Promise.all(Array.from({ length: 3 }, () => startRun(db, redis, prefix, spec, load)));
    const askedAt = Date.now();
    let failed: string | undefined;
    await waitUntil(
      "one run failed",
      async () => {
        const now = await statuses(ids);
        failed = ids.find((_, i) => now[i] === "FAILED");
        return failed !== undefined;
      },
      10_000,
    );
    expect(Date.now() - askedAt).toBeLessThan(5_000);
    const run = await getRunById(db, failed!);
    expect(run.error).toMatch(/^waiting for generators \(0 of 1 free.*fail when busy/);
    expect(run.startedAt).toBeNull();
    const others = await Promise.all(
      ids.filter((id) => id !== failed).map((id) => waitForStatus(db, id, isTerminalRunStatus, 30_000)),
    );
    expect(others.map((r) => [r.status, r.error])).toEqual([
      ["FINISHED", null],
      ["FINISHED", null],
    ]);
  });
});
