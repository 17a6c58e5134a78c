import { ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "./client";
import {
  currentShards,
  endRunShard,
  findRunShards,
  reassignRunShard,
  saveRunShardTotals,
  setRunWaitingReason,
  startRunWithShards,
} from "./run-shards";
import { createRun, getRunById, requestRunStop } from "./runs";
import { createScenario } from "./scenarios";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!);
});
afterAll(() => db.$disconnect());

const spec = ZScenarioSpec.parse({
  flows: [{ name: "f", steps: [{ type: "http", name: "a", url: "http://127.0.0.1/" }] }],
});

async function queuedRun() {
  const scenario = await createScenario(db, { name: `shards ${Date.now()}`, spec, load: undefined });
  return createRun(db, {
    scenarioId: scenario.id,
    load: ZLoadConfig.parse({ vus: 20, durationSeconds: 10 }),
    trigger: "API",
  });
}

const placed = (shardIndex: number, generatorId: string) => ({
  shardIndex,
  weight: 10,
  region: "local",
  generatorId,
  generatorName: generatorId,
});

describe("run shards", () => {
  it("stores the plan while the run starts, never for a run stopped while it waited", async () => {
    const run = await queuedRun();
    await setRunWaitingReason(db, run.id, "waiting for generators (1 of 2 free)");
    expect((await getRunById(db, run.id)).waitingReason).toBe("waiting for generators (1 of 2 free)");
    expect(await startRunWithShards(db, run.id, new Date(), [placed(0, "a"), placed(1, "b")])).toBe(true);
    const started = await getRunById(db, run.id);
    expect(started).toMatchObject({ status: "RUNNING", plannedShards: 2, waitingReason: null });
    expect((await findRunShards(db, run.id)).map((s) => [s.shardIndex, s.generatorId, s.status])).toEqual([
      [0, "a", "PLANNED"],
      [1, "b", "PLANNED"],
    ]);

    const stopped = await queuedRun();
    await requestRunStop(db, stopped.id);
    expect(await startRunWithShards(db, stopped.id, new Date(), [placed(0, "a")])).toBe(false);
    expect(await findRunShards(db, stopped.id)).toEqual([]);
  });

  it("reassigns a shard as its next generation; a stale owner that fences itself ends FENCED, its counts kept", async () => {
    const run = await queuedRun();
    await startRunWithShards(db, run.id, new Date(), [placed(0, "a"), placed(1, "b")]);
    const from = { runId: run.id, shardIndex: 1, generation: 0 };
    await saveRunShardTotals(db, from, {
      requests: 7,
      failures: 1,
      iterations: 7,
      histogram: "",
      p50Ms: 1,
      p95Ms: 2,
      p99Ms: 3,
    });
    const next = await reassignRunShard(
      db,
      from,
      { weight: 10, region: "local", generatorId: "c", generatorName: "c" },
      new Date(),
    );
    expect(next).toMatchObject({ shardIndex: 1, generation: 1, generatorId: "c", status: "PLANNED" });
    expect(currentShards(await findRunShards(db, run.id)).map((s) => [s.shardIndex, s.generatorId])).toEqual([
      [0, "a"],
      [1, "c"],
    ]);
    await endRunShard(db, from, "FENCED", new Date());
    await endRunShard(db, { ...from, generation: 1 }, "ENDED", new Date());
    await endRunShard(db, { ...from, generation: 1 }, "LOST", new Date()); // a row ended stays ended
    const rows = await findRunShards(db, run.id);
    expect(rows.map((s) => [s.shardIndex, s.generation, s.status, s.requests])).toEqual([
      [0, 0, "PLANNED", 0],
      [1, 0, "FENCED", 7],
      [1, 1, "ENDED", 0],
    ]);
  });
});
