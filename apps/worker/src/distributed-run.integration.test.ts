import { isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import {
  createPrismaClient,
  findRunEvents,
  findRunGeneratorSeconds,
  findRunSamplePage,
  findRunSeconds,
  findRunTokenSeconds,
  type PrismaClient,
} from "@stampede/db";
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

  it("stores each generator's seconds, token counts that add up, and samples while it runs (diagnostics)", async () => {
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
      { vus: 4, durationSeconds: 6, generators: 2 },
    );
    await waitForStatus(db, runId, (s) => s === "RUNNING", 15_000);
    // Samples are written every second as the run goes: readable before it ends.
    let sampledWhileRunning = false;
    for (let i = 0; i < 80 && !sampledWhileRunning; i++) {
      const { samples } = await findRunSamplePage(db, runId, { take: 1 });
      const run = await db.run.findUniqueOrThrow({ where: { id: runId }, select: { status: true } });
      if (run.status !== "RUNNING") break;
      sampledWhileRunning = samples.length > 0;
      if (!sampledWhileRunning) await new Promise((r) => setTimeout(r, 100));
    }
    expect(sampledWhileRunning).toBe(true);

    const run = await waitForStatus(db, runId, isTerminalRunStatus, 40_000);
    expect(run.status).toBe("FINISHED");
    const summary = run.summary as TRunSummary;

    // One row per generator per second, with its name, region, memory and CPU; their requests are the run's.
    const rows = await findRunGeneratorSeconds(db, runId);
    const names = [...new Set(rows.map((r) => `${r.generatorName}@${r.region}`))].sort();
    expect(names).toEqual(["machine-a@local", "machine-b@local"]);
    for (const name of ["machine-a", "machine-b"]) {
      const mine = rows.filter((r) => r.generatorName === name);
      expect(mine.length).toBeGreaterThanOrEqual(5);
      expect(mine.every((r) => (r.rssBytes ?? 0) > 10 * 1024 * 1024)).toBe(true);
      expect(mine.some((r) => r.cpu !== null && r.cpu > 0)).toBe(true);
      expect(Math.max(...mine.map((r) => r.vus))).toBe(2);
    }
    expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(summary.requests);

    // Token activity per second, both shards added: every fetch counted once, as the target saw them.
    const token = await findRunTokenSeconds(db, runId);
    const fetches = token.reduce((n, s) => n + s.fetches, 0);
    const tokenStep = summary.steps.find((s) => s.step === "token provider")!;
    expect(fetches).toBeGreaterThan(0);
    expect(fetches).toBe(tokenStep.requests);
    expect(fetches).toBe(target.stats().tokensIssued);
    expect(token.reduce((n, s) => n + s.errors, 0)).toBe(0);
    // Refreshed at 1.5 s of each 2 s lifetime: every fetch after the first is ahead of expiry.
    expect(token.reduce((n, s) => n + s.refreshesAhead, 0)).toBe(fetches - 1);
    expect(Math.max(...token.map((s) => s.ageSeconds ?? 0))).toBeLessThan(2.5);

    // Samples carry their response time (filterable) and timing phases.
    const { samples } = await findRunSamplePage(db, runId, { step: "activity", minMs: 0, maxMs: 10_000 });
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.every((s) => s.timings !== undefined && s.timings.wait >= 0)).toBe(true);
    const stored = await db.runSample.findMany({ where: { runId }, select: { latencyMs: true, data: true } });
    for (const row of stored) expect(row.latencyMs).toBe((row.data as { latencyMs: number }).latencyMs);
    const none = await findRunSamplePage(db, runId, { minMs: 60_000 });
    expect(none.samples).toEqual([]);
  });
});
