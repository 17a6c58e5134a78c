import { getRunById, NotFoundError, type PrismaClient } from "@stampede/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunInputError, UnavailableError } from "./errors";
import { startRun } from "./start-run";
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

describe("startRun", () => {
  it("writes the QUEUED row with a frozen copy of the scenario, then a control job whose id is the run id", async () => {
    const scenario = await createTestScenario(db);
    const run = await startRun(life.deps, {
      scenarioId: scenario.id,
      load: { vus: 3, durationSeconds: 20 },
      trigger: "API",
      startedBy: TEST_STARTER,
    });

    const row = await getRunById(db, run.id);
    expect(row.status).toBe("QUEUED");
    expect(row.trigger).toBe("API");
    // Who asked and that they confirmed the compliance statement, for the run page and the audit log.
    expect(row).toMatchObject({
      startedBy: TEST_STARTER.label,
      complianceConfirmedAt: TEST_STARTER.complianceConfirmedAt,
    });
    expect(row.load).toMatchObject({ mode: "concurrency", vus: 3, durationSeconds: 20 });
    // Editing the scenario afterwards must not change what this run will execute.
    await db.scenario.update({ where: { id: scenario.id }, data: { name: "edited", spec: { flows: [] } } });
    expect((await getRunById(db, run.id)).scenarioSnapshot).toEqual(scenario.spec);

    const job = await life.deps.runControlQueue.getJob(run.id);
    expect(job?.data).toEqual({ runId: run.id });
    expect(await job?.isWaiting()).toBe(true);
  });

  it("uses the scenario's saved load when none is sent", async () => {
    const scenario = await createTestScenario(db, { vus: 7, durationSeconds: 9 });
    const run = await startRun(life.deps, { scenarioId: scenario.id, trigger: "SCHEDULE", startedBy: TEST_STARTER });
    expect(run.load).toMatchObject({ vus: 7, durationSeconds: 9 });
    expect(run.trigger).toBe("SCHEDULE");
  });

  it("refuses, writing no run, when no load is sent and none is saved", async () => {
    const scenario = await createTestScenario(db);
    const attempt = startRun(life.deps, { scenarioId: scenario.id, trigger: "API", startedBy: TEST_STARTER });
    await expect(attempt).rejects.toBeInstanceOf(RunInputError);
    await expect(attempt).rejects.toThrow(/no saved load settings/);
    expect(await db.run.count({ where: { scenarioId: scenario.id } })).toBe(0);
  });

  it("refuses a saved load that no longer validates, and a scenario that does not exist", async () => {
    const scenario = await createTestScenario(db);
    await db.scenario.update({ where: { id: scenario.id }, data: { load: { vus: -1 } } });
    await expect(
      startRun(life.deps, { scenarioId: scenario.id, trigger: "API", startedBy: TEST_STARTER }),
    ).rejects.toThrow(/saved load settings are invalid/);
    await expect(
      startRun(life.deps, { scenarioId: "no-such-scenario", trigger: "API", startedBy: TEST_STARTER }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers unavailable when Redis is down, and fails the run rather than leave it QUEUED forever", async () => {
    const dead = await createDeadRedisLifecycle(db, 300);
    try {
      const scenario = await createTestScenario(db);
      const attempt = startRun(dead.deps, {
        scenarioId: scenario.id,
        load: { vus: 1, durationSeconds: 5 },
        trigger: "API",
        startedBy: TEST_STARTER,
      });
      await expect(attempt).rejects.toBeInstanceOf(UnavailableError);
      await expect(attempt).rejects.toThrow(/could not enqueue the run: .*\(is Redis running\?\)/);
      const [row] = await db.run.findMany({ where: { scenarioId: scenario.id } });
      expect(row?.status).toBe("FAILED");
      expect(row?.error).toMatch(/could not enqueue the run/);
      expect(row?.endedAt).not.toBeNull();
    } finally {
      await dead.close();
    }
  });
});
