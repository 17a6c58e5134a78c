import { ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import {
  createPrismaClient,
  createRun,
  createScenario,
  findRunMetricRows,
  findRunSeconds,
  type PrismaClient,
} from "@stampede/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FrameMerger } from "./frame-merger";
import { computeRunSummary } from "./run-summary";
import { persistSeconds, postgresSecondStore } from "./persist-seconds";
import { shardFrame } from "./test-support";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await db.$disconnect();
});

async function newRun(): Promise<string> {
  const spec = ZScenarioSpec.parse({ flows: [{ name: "f", steps: [{ type: "http", name: "api", url: "http://x" }] }] });
  const scenario = await createScenario(db, { name: `late frames ${Date.now()}`, spec });
  const load = ZLoadConfig.parse({ mode: "concurrency", vus: 12, durationSeconds: 5 });
  return (await createRun(db, { scenarioId: scenario.id, load, trigger: "API" })).id;
}

describe("persistSeconds against Postgres", () => {
  it("adds a late frame to the stored second (step rows, VUs, iterations, dropped), and the summary counts it", async () => {
    const runId = await newRun();
    const store = postgresSecondStore(db, runId);
    const merger = new FrameMerger(2);
    const written = new Set<number>();
    merger.add(shardFrame(0, 0, { vus: 5, iterations: 100, dropped: 1, requests: 100, latencyMs: 2 }));
    await persistSeconds(store, merger.takeReady(4, 3), written); // shard 1 silent past the grace
    merger.add(shardFrame(1, 0, { vus: 7, iterations: 60, dropped: 2, requests: 60, latencyMs: 900 }));
    await persistSeconds(store, merger.takeReady(5, 3), written);

    const [second] = await findRunSeconds(db, runId);
    expect(second).toMatchObject({ second: 0, vus: 12, iterations: 160, droppedIterations: 3, requests: 160 });
    const [row] = await findRunMetricRows(db, runId);
    expect(row).toMatchObject({ step: "api", requests: 160, bytesSent: 16_000, statusCodes: { "200": 160 } });
    expect(row!.maxMs).toBeGreaterThan(850);
    expect(row!.histogramCorrected).toBeTruthy();
    const summary = await computeRunSummary(db, runId, 1);
    expect(summary).toMatchObject({ requests: 160, iterations: 160, droppedIterations: 3 });
    expect(summary.latency.p99).toBeGreaterThan(850);
  });
});
