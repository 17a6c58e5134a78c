import { demoScenarioSpec, ZScenarioSpec, ZScheduleInput } from "@stampede/contracts";
import { createPrismaClient, createScenario, createSchedule, type PrismaClient } from "@stampede/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTrends } from "./trends-data";

let db: PrismaClient;

beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await db?.$disconnect();
});

const latency = (p95: number) => ({ min: 1, mean: 5, p50: 5, p90: p95, p95, p99: p95 * 2, max: p95 * 3 });

describe("scenario trends", () => {
  it("lists ended runs oldest first with p95, p99, error rate and TPS, scheduled ones marked with their verdict", async () => {
    const scenario = await createScenario(db, {
      name: `trends it ${Date.now()}`,
      spec: ZScenarioSpec.parse(demoScenarioSpec("http://127.0.0.1:9")),
    });
    const run = (p95: number, endedAt: Date, trigger: "MANUAL" | "SCHEDULE", status = "FINISHED" as const) =>
      db.run.create({
        data: {
          projectId: scenario.projectId,
          scenarioId: scenario.id,
          scenarioSnapshot: {},
          scenarioName: scenario.name,
          load: {},
          status,
          trigger,
          endedAt,
          summary: {
            durationSeconds: 10,
            requests: 100,
            failures: 5,
            iterations: 100,
            rps: 10,
            latency: latency(p95),
            steps: [],
          },
        },
      });
    const first = await run(50, new Date(Date.now() - 60_000), "MANUAL");
    const second = await run(80, new Date(), "SCHEDULE");
    await db.run.create({
      data: {
        projectId: scenario.projectId,
        scenarioId: scenario.id,
        scenarioSnapshot: {},
        scenarioName: scenario.name,
        load: {},
        status: "RUNNING",
      },
    });
    await db.scenario.update({ where: { id: scenario.id }, data: { baselineRunId: first.id } });
    // The scheduled run's fire, as the worker records it once the run ended and was compared with the baseline.
    const schedule = await createSchedule(
      db,
      scenario.id,
      ZScheduleInput.parse({ name: "nightly", cron: "0 2 * * *" }),
      { label: "trends test" },
    );
    await db.scheduleFire.create({
      data: { scheduleId: schedule.id, dueAt: new Date(), outcome: "started", runId: second.id, regression: true },
    });

    const trends = await getTrends(db, scenario.id);
    expect(trends.baselineRunId).toBe(first.id);
    expect(trends.points.map((p) => p.runId)).toEqual([first.id, second.id]);
    expect(trends.points[1]).toMatchObject({
      scheduled: true,
      regression: true,
      p95Ms: 80,
      p99Ms: 160,
      errorRate: 5,
      tps: 10,
    });
    expect(trends.points[0]).toMatchObject({ scheduled: false, regression: null });
  });
});
