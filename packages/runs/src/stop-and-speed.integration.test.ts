import { type TLoadConfigInput, ZScenarioSpec } from "@stampede/contracts";
import { ConflictError, findRunEvents, getRunById, markRunStarted, type PrismaClient } from "@stampede/db";
import { createRedis, RunChannel } from "@stampede/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeRunSpeed } from "./change-run-speed";
import { UnavailableError } from "./errors";
import { startRun } from "./start-run";
import { stopRun } from "./stop-run";
import {
  createDeadRedisLifecycle,
  createTestLifecycle,
  createTestScenario,
  TEST_STARTER,
  type TestLifecycle,
} from "./test-support";

let life: TestLifecycle;
let db: PrismaClient;

beforeAll(() => {
  life = createTestLifecycle();
  db = life.deps.db;
});
afterAll(async () => life?.close());

async function queuedRun(load: TLoadConfigInput = { vus: 10, durationSeconds: 60 }) {
  const scenario = await createTestScenario(db);
  return startRun(life.deps, { scenarioId: scenario.id, load, trigger: "API", startedBy: TEST_STARTER });
}

async function runningRun(load?: TLoadConfigInput) {
  const run = await queuedRun(load);
  expect(await markRunStarted(db, run.id, new Date())).toBe(true); // what a controller does when it takes the job
  return run;
}

/** Collects what is published on one channel until `stop()`; resolves once subscribed. */
async function listen(channel: string) {
  const subscriber = createRedis(process.env.REDIS_URL!);
  const messages: unknown[] = [];
  subscriber.on("message", (_channel: string, raw: string) => messages.push(JSON.parse(raw)));
  await subscriber.subscribe(channel);
  return {
    messages,
    async until(count: number) {
      for (let i = 0; i < 100 && messages.length < count; i++) await new Promise((r) => setTimeout(r, 20));
      subscriber.disconnect();
      return messages;
    },
  };
}

const channelOf = (runId: string) => new RunChannel(life.deps.redis, life.deps.prefix, runId);

describe("stopRun", () => {
  it("stops a QUEUED run at once: no control job left, the flag raised, viewers told", async () => {
    const run = await queuedRun();
    const live = await listen(channelOf(run.id).keys.live);
    expect(await stopRun(life.deps, run.id)).toBe("STOPPED");

    const row = await getRunById(db, run.id);
    expect(row.status).toBe("STOPPED");
    expect(row.endedAt).not.toBeNull();
    expect(await life.deps.runControlQueue.getJob(run.id)).toBeUndefined();
    expect(await channelOf(run.id).isStopRequested()).toBe(true);
    expect(await live.until(1)).toEqual([{ type: "status", status: "STOPPED" }]);
  });

  it("asks a RUNNING run to stop and leaves the finishing to its controller", async () => {
    const run = await runningRun();
    const control = await listen(channelOf(run.id).keys.control);
    expect(await stopRun(life.deps, run.id)).toBe("STOPPING");
    expect((await getRunById(db, run.id)).status).toBe("STOPPING");
    expect(await channelOf(run.id).isStopRequested()).toBe(true);
    expect(await control.until(1)).toEqual([{ type: "stop" }]);
  });

  it("keeps the first stop's reason: who stopped the run, or the rule that fired", async () => {
    const run = await runningRun();
    expect(await stopRun(life.deps, run.id, "stopped by ana@example.com")).toBe("STOPPING");
    expect(await stopRun(life.deps, run.id, "error rate 100% > 50% over 3 s windows, at 0:03")).toBe("STOPPING");
    expect((await getRunById(db, run.id)).stopReason).toBe("stopped by ana@example.com");
  });

  it("answers unavailable when Redis is down; the row keeps the stop asked for", async () => {
    const run = await runningRun();
    const dead = await createDeadRedisLifecycle(db, 300);
    try {
      await expect(stopRun(dead.deps, run.id)).rejects.toBeInstanceOf(UnavailableError);
      expect((await getRunById(db, run.id)).status).toBe("STOPPING");
    } finally {
      await dead.close();
    }
  });
});

describe("changeRunSpeed", () => {
  it("tells the generators the new VUs, keeps it for late joiners and records it for the report", async () => {
    const run = await runningRun({ vus: 10, durationSeconds: 60 });
    const control = await listen(channelOf(run.id).keys.control);
    expect(await changeRunSpeed(life.deps, run.id, { vus: 4 })).toEqual({ speed: { vus: 4 } });
    expect(await control.until(1)).toEqual([{ type: "speed", value: 4 }]);
    expect(await channelOf(run.id).currentSpeed()).toBe(4);
    const events = await findRunEvents(db, run.id);
    expect(events.map((e) => [e.kind, e.message])).toEqual([["run.speed", "speed changed to 4 VUs"]]);
  });

  it("changes one flow's rate, records who did it, and keeps each flow's latest for late joiners", async () => {
    const run = await runningRun({ mode: "rate", targetRate: 20, maxVus: 5, durationSeconds: 60 });
    const control = await listen(channelOf(run.id).keys.control);
    const flow = ZScenarioSpec.parse(run.scenarioSnapshot).flows[0]!.name;
    await changeRunSpeed(life.deps, run.id, { rate: 30 }, "ops@example.test");
    await changeRunSpeed(life.deps, run.id, { rate: 7, flow }, "key ci");
    expect(await control.until(2)).toEqual([
      { type: "speed", value: 30 },
      { type: "speed", value: 7, flow },
    ]);
    expect(await channelOf(run.id).currentSpeeds()).toEqual([{ value: 30 }, { value: 7, flow }]);
    const events = await findRunEvents(db, run.id);
    expect(events.map((e) => e.message)).toEqual([
      "speed changed to 30 iterations/s by ops@example.test",
      `speed changed to 7 iterations/s for flow "${flow}" by key ci`,
    ]);
    // A change for the whole run replaces the per-flow ones before it.
    await changeRunSpeed(life.deps, run.id, { rate: 12 });
    expect(await channelOf(run.id).currentSpeeds()).toEqual([{ value: 12 }]);
    await expect(changeRunSpeed(life.deps, run.id, { rate: 1, flow: "nope" })).rejects.toThrow('no flow "nope"');
  });

  it("changes a TPS run's rate", async () => {
    const run = await runningRun({ mode: "rate", targetRate: 20, maxVus: 5, durationSeconds: 60 });
    await changeRunSpeed(life.deps, run.id, { rate: 35 });
    expect(await channelOf(run.id).currentSpeed()).toBe(35);
  });

  it("refuses what the run cannot do, changing nothing", async () => {
    const vuRun = await runningRun({ vus: 10, durationSeconds: 60 });
    await expect(changeRunSpeed(life.deps, vuRun.id, { vus: 11 })).rejects.toThrow("at most 10 VUs");
    await expect(changeRunSpeed(life.deps, vuRun.id, { rate: 5 })).rejects.toThrow(/concurrency mode/);
    const rateRun = await runningRun({ mode: "rate", targetRate: 20, maxVus: 5, durationSeconds: 60 });
    await expect(changeRunSpeed(life.deps, rateRun.id, { vus: 2 })).rejects.toThrow(/TPS mode/);
    const queued = await queuedRun();
    await expect(changeRunSpeed(life.deps, queued.id, { vus: 2 })).rejects.toBeInstanceOf(ConflictError);

    expect(await channelOf(vuRun.id).currentSpeed()).toBeUndefined();
    expect(await findRunEvents(db, vuRun.id)).toEqual([]);
  });
});
