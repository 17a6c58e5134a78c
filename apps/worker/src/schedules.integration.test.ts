import { ZLoadConfig, ZScenarioSpec, ZScheduleInput } from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import {
  createPrismaClient,
  createRun,
  createScenario,
  createSchedule,
  finishRun,
  listScheduleFires,
  type PrismaClient,
  updateSchedule,
} from "@stampede/db";
import { createRedis, createScheduleQueue, type ScheduleQueue, syncScheduleJobs } from "@stampede/queue";
import { fireSchedule } from "@stampede/runs";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorkerEnv } from "./env";
import { withLifecycle } from "./test-support";
import { browseScenario, filePrefix } from "./test-support/proof-runs";
import { spawnWorker, type WorkerProcess } from "./test-support/worker-process";

// Two worker processes on a Redis prefix of this file's own, firing real schedules on the real clock.
const prefix = filePrefix("schedules");
const env = parseWorkerEnv({ ...process.env, STAMPEDE_REDIS_PREFIX: prefix });
let db: PrismaClient;
let redis: Redis;
let queue: ScheduleQueue;
let target: DemoTarget;
const workers: WorkerProcess[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  db = createPrismaClient(env.DATABASE_URL);
  redis = createRedis(env.REDIS_URL);
  queue = createScheduleQueue(redis, prefix);
  target = await createDemoTarget({ port: 0 });
  for (const name of ["sched-a", "sched-b"]) workers.push(await spawnWorker(name, { STAMPEDE_REDIS_PREFIX: prefix }));
}, 90_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await queue?.close();
  await target?.close();
  redis?.disconnect();
  await db?.$disconnect();
});

async function scheduleOf(name: string, overlap: string, durationSeconds: number, missedFire = "skip") {
  const scenario = await createScenario(db, {
    name: `it schedules ${name} ${Date.now()}`,
    spec: ZScenarioSpec.parse(browseScenario(target.url, 200)),
  });
  const input = ZScheduleInput.parse({
    name,
    cron: "*/5 * * * * *",
    timezone: "UTC",
    overlap,
    missedFire,
    loadOverride: { vus: 1, durationSeconds },
  });
  const schedule = await createSchedule(db, scenario.id, input, { label: "schedules integration test" });
  await syncScheduleJobs(queue, { ...schedule, firesLeft: null });
  return schedule;
}

const firesOf = (scheduleId: string) => db.scheduleFire.findMany({ where: { scheduleId }, orderBy: { dueAt: "asc" } });
const runsOf = (scheduleId: string) => db.run.findMany({ where: { scheduleId } });

async function pause(scheduleId: string) {
  const schedule = await updateSchedule(db, scheduleId, { enabled: false });
  await syncScheduleJobs(queue, { ...schedule, firesLeft: null });
}

describe("schedules on two workers", () => {
  it("fires once per tick (no duplicate fires, one run per fire) while a worker restarts, and pausing stops it", async () => {
    const schedule = await scheduleOf("every 5 s", "parallel", 1);
    await sleep(8_000);
    // One of the two workers goes away and comes back; the other goes on firing.
    await workers[0]!.stop();
    workers[0] = await spawnWorker("sched-a", { STAMPEDE_REDIS_PREFIX: prefix });
    await sleep(Math.max(0, 24_000 - 8_000));
    await pause(schedule.id);
    await sleep(1500); // a fire already taken finishes its row
    const fires = await firesOf(schedule.id);
    // ~5 ticks in 24 s (plus the restart); a busy machine may lose the first to start-up, never add one.
    expect(fires.length).toBeGreaterThanOrEqual(4);
    for (const fire of fires) {
      expect(fire.outcome).toBe("started");
      expect(fire.dueAt.getTime() % 5000).toBe(0);
    }
    // Every tick between the first fire and the last, once: none lost to the restart, none doubled.
    const dues = fires.map((f) => f.dueAt.getTime());
    expect(dues.slice(1).map((due, i) => due - dues[i]!)).toEqual(dues.slice(1).map(() => 5000));
    const runs = await runsOf(schedule.id);
    expect(runs.map((r) => r.id).sort()).toEqual(fires.map((f) => f.runId).sort());
    expect(runs.every((r) => r.trigger === "SCHEDULE" && r.startedBy === "schedules integration test")).toBe(true);

    await sleep(11_000);
    expect(await firesOf(schedule.id)).toHaveLength(fires.length);
  }, 60_000);

  it("skips a fire while the previous run (longer than the interval) still goes", async () => {
    const schedule = await scheduleOf("overlap skip", "skip", 12);
    await sleep(17_000);
    await pause(schedule.id);
    await sleep(1500);
    const fires = await firesOf(schedule.id);
    const started = fires.filter((f) => f.outcome === "started");
    const skipped = fires.filter((f) => f.outcome === "skipped");
    expect(started.length).toBeGreaterThanOrEqual(1);
    expect(skipped.length).toBeGreaterThanOrEqual(1);
    expect(skipped[0]!.reason).toMatch(/^the previous run \S+ was still (queued|running); overlap policy skip$/);
    expect(await runsOf(schedule.id)).toHaveLength(started.length);
  }, 60_000);

  it("records a second fire of the same due time as a duplicate, and a failed start with its reason", async () => {
    const schedule = await scheduleOf("by hand", "parallel", 1);
    await pause(schedule.id);
    await db.schedule.update({ where: { id: schedule.id }, data: { enabled: true } });
    const dueAt = new Date(Date.UTC(2020, 0, 1));
    await withLifecycle(db, redis, prefix, async (deps) => {
      const [first, second] = await Promise.all([
        fireSchedule(deps, schedule.id, dueAt, { missed: false }),
        fireSchedule(deps, schedule.id, dueAt, { missed: false }),
      ]);
      expect([first.outcome, second.outcome].sort()).toEqual(["duplicate", "started"]);
      await db.schedule.update({ where: { id: schedule.id }, data: { loadOverride: { vus: 0 } } });
      const failed = await fireSchedule(deps, schedule.id, new Date(Date.UTC(2020, 0, 2)), { missed: false });
      expect(failed.outcome).toBe("failed");
      expect(failed.reason).toBeTruthy();
    });
    // The history reads each fire with its run's status: the started one has a run, the failed one none.
    const history = await listScheduleFires(db, schedule.id);
    expect(history.map((f) => f.outcome)).toEqual(["failed", "started"]);
    // (The run may move on between the two reads, so its status is checked to be one a run has.)
    expect(["QUEUED", "RUNNING", "STOPPING", "FINISHED", "STOPPED", "FAILED"]).toContain(history[1]!.runStatus);
    expect(history[0]!.runStatus).toBeNull();
    await pause(schedule.id);
  }, 30_000);

  it("overlap queue: a fire waits (queued) until the previous run ends, then starts", async () => {
    const schedule = await scheduleOf("overlap queue", "queue", 1);
    await pause(schedule.id);
    await db.schedule.update({ where: { id: schedule.id }, data: { enabled: true } });
    const previous = await createRun(db, {
      scenarioId: schedule.scenarioId,
      load: ZLoadConfig.parse({ vus: 1, durationSeconds: 1 }),
      trigger: "SCHEDULE",
      scheduleId: schedule.id,
    });
    const dueAt = new Date(Date.UTC(2020, 0, 3));
    await withLifecycle(db, redis, prefix, async (deps) => {
      const firing = fireSchedule(deps, schedule.id, dueAt, { pollMs: 100, missed: false });
      await expect
        .poll(async () => (await db.scheduleFire.findFirst({ where: { scheduleId: schedule.id, dueAt } }))?.outcome)
        .toBe("queued");
      await finishRun(db, previous.id, { status: "FAILED", error: "ended by the test" });
      const fired = await firing;
      expect(fired.outcome).toBe("started");
      expect(fired.runId).not.toBe(previous.id);
      expect(fired.reason).toBe(`waited for the previous run ${previous.id}; overlap policy queue`);
    });
    await pause(schedule.id);
  }, 30_000);

  it("overlap queue: a fire that finds no run going still waits for an earlier fire queued to start one", async () => {
    // The moment between one run ending and the next queued fire starting its run: no run goes, yet a fire waits.
    const schedule = await scheduleOf("queue ahead", "queue", 1);
    await pause(schedule.id);
    await db.schedule.update({ where: { id: schedule.id }, data: { enabled: true } });
    const ahead = await db.scheduleFire.create({
      data: { scheduleId: schedule.id, dueAt: new Date(Date.UTC(2020, 0, 4)), outcome: "queued" },
    });
    const dueAt = new Date(Date.UTC(2020, 0, 5));
    await withLifecycle(db, redis, prefix, async (deps) => {
      const firing = fireSchedule(deps, schedule.id, dueAt, { pollMs: 100, missed: false });
      await expect
        .poll(async () => (await db.scheduleFire.findFirst({ where: { scheduleId: schedule.id, dueAt } }))?.outcome)
        .toBe("queued");
      expect(await runsOf(schedule.id)).toHaveLength(0);
      // The earlier fire starts its turn (here: gives up), and only then does this one start its run.
      await db.scheduleFire.update({ where: { id: ahead.id }, data: { outcome: "failed" } });
      const fired = await firing;
      expect(fired.outcome).toBe("started");
      expect(fired.reason).toBe("waited for 1 earlier queued fire(s); overlap policy queue");
    });
    await pause(schedule.id);
  }, 30_000);

  it("overlap queue on the real clock: a fire during a run longer than the interval starts when that run ends", async () => {
    const schedule = await scheduleOf("overlap queue live", "queue", 7);
    await sleep(16_000);
    await pause(schedule.id);
    // A queued fire already waiting goes on to start its run once the previous one ends.
    await expect
      .poll(async () => (await firesOf(schedule.id)).filter((f) => f.outcome === "queued").length, { timeout: 30_000 })
      .toBe(0);
    const fires = await firesOf(schedule.id);
    const waited = fires.filter((f) => f.reason?.startsWith("waited for the previous run "));
    expect(waited.length).toBeGreaterThanOrEqual(1);
    expect(waited.every((f) => f.outcome === "started" && f.reason!.endsWith("; overlap policy queue"))).toBe(true);
    // One at a time: each run was asked for only after the one before it had ended.
    const runs = await db.run.findMany({ where: { scheduleId: schedule.id }, orderBy: { createdAt: "asc" } });
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i - 1]!.endedAt).not.toBeNull();
      expect(runs[i]!.createdAt.getTime()).toBeGreaterThanOrEqual(runs[i - 1]!.endedAt!.getTime());
    }
    await expect
      .poll(async () => (await runsOf(schedule.id)).every((r) => r.endedAt !== null), { timeout: 30_000 })
      .toBe(true);
  }, 90_000);

  it("overlap parallel: a fire starts its run while the previous one still goes", async () => {
    const schedule = await scheduleOf("overlap parallel", "parallel", 9);
    await sleep(12_000);
    await pause(schedule.id);
    await sleep(1500);
    const started = (await firesOf(schedule.id)).filter((f) => f.outcome === "started");
    expect(started.length).toBeGreaterThanOrEqual(2);
    expect(started[1]!.reason).toMatch(/^the previous run \S+ was still (queued|running); overlap policy parallel$/);
    const runs = await db.run.findMany({ where: { scheduleId: schedule.id }, orderBy: { createdAt: "asc" } });
    expect(runs).toHaveLength(started.length);
    // The second run was asked for before the first (9 s long) ended.
    expect(runs[0]!.endedAt === null || runs[0]!.endedAt > runs[1]!.createdAt).toBe(true);
  }, 60_000);

  it("missed-fire policy after 20 s with no worker: run_once fires once, skip records one skipped fire", async () => {
    const runOnce = await scheduleOf("missed run once", "parallel", 1, "run_once");
    const skip = await scheduleOf("missed skip", "parallel", 1, "skip");
    // Both are live: each has fired once before the workers go.
    await expect.poll(async () => (await firesOf(runOnce.id)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await firesOf(skip.id)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await Promise.all(workers.map((w) => w.stop()));
    // The missed fire is the first tick after the last one taken, which may have come due while the workers were
    // stopping (slow on a busy machine): the window starts at the last fire taken, not at the end of stopping.
    const lastTaken = async (scheduleId: string) => (await firesOf(scheduleId)).at(-1)!.dueAt.getTime();
    const downAt = { [runOnce.id]: await lastTaken(runOnce.id), [skip.id]: await lastTaken(skip.id) };
    await sleep(20_000);
    const upAt = Date.now();
    workers[0] = await spawnWorker("sched-a", { STAMPEDE_REDIS_PREFIX: prefix });
    workers[1] = await spawnWorker("sched-b", { STAMPEDE_REDIS_PREFIX: prefix });
    const missedOf = async (scheduleId: string) =>
      (await firesOf(scheduleId)).filter((f) => f.dueAt.getTime() > downAt[scheduleId]! && f.dueAt.getTime() < upAt);
    await expect.poll(async () => (await missedOf(runOnce.id)).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await missedOf(skip.id)).length, { timeout: 20_000 }).toBe(1);
    await sleep(2000); // a second missed fire would have come by now
    await pause(runOnce.id);
    await pause(skip.id);

    // Four or so ticks passed with no worker; each schedule has one fire for them, as its policy says.
    const [ranOnce] = await missedOf(runOnce.id);
    expect(ranOnce!.outcome).toBe("started");
    expect(ranOnce!.reason).toMatch(
      /^missed while no worker was up \(due \d+ s before it was taken\); missed-fire policy run once/,
    );
    expect(await db.run.count({ where: { id: ranOnce!.runId! } })).toBe(1);
    const [skipped] = await missedOf(skip.id);
    expect(skipped!.outcome).toBe("skipped");
    expect(skipped!.reason).toMatch(/^missed while no worker was up .*; missed-fire policy skip$/);
    expect(skipped!.runId).toBeNull();
  }, 120_000);
});
