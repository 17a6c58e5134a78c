import { type TRequestSample, ZLoadConfig, ZScenarioSpec } from "@stampede/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "./client";
import { createRun } from "./runs";
import { findRunSamplePage, parseSampleCursor, saveRunSamples } from "./samples";
import { createScenario } from "./scenarios";

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!);
});
afterAll(() => db.$disconnect());

const T0 = Date.UTC(2026, 10, 30, 22, 0, 0);

function sample(i: number, over: Partial<TRequestSample> = {}): TRequestSample {
  return {
    step: i % 2 ? "activity" : "token",
    at: T0 + i * 1000,
    kind: "success",
    latencyMs: i * 10,
    request: { method: "GET", url: "http://127.0.0.1/x", headers: [] },
    response: { status: 200, headers: [] },
    params: {},
    checks: [],
    ...over,
  };
}

describe("sampled requests of a run", () => {
  it("filter by step, status, error kind, RT and time, and page newest first without gaps or repeats", async () => {
    const scenario = await createScenario(db, {
      name: `samples ${Date.now()}`,
      spec: ZScenarioSpec.parse({
        flows: [{ name: "f", steps: [{ type: "http", name: "a", url: "http://127.0.0.1/" }] }],
      }),
      load: undefined,
    });
    const run = await createRun(db, {
      scenarioId: scenario.id,
      load: ZLoadConfig.parse({ vus: 1, durationSeconds: 10 }),
      trigger: "API",
    });
    await saveRunSamples(db, run.id, [
      ...Array.from({ length: 10 }, (_, i) => sample(i)),
      sample(10, { kind: "failure", error: "auth", response: { status: 401, headers: [] } }),
      sample(11, { kind: "failure", error: "invalid_request: header X holds a CR", response: undefined }),
    ]);
    const page = (filter: Parameters<typeof findRunSamplePage>[2]) => findRunSamplePage(db, run.id, filter);

    expect((await page({ status: 401 })).samples.map((s) => s.error)).toEqual(["auth"]);
    expect((await page({ status: 0 })).samples.map((s) => s.at)).toEqual([T0 + 11_000]);
    expect((await page({ errorKind: "invalid_request" })).samples).toHaveLength(1);
    expect((await page({ errorKind: "auth", step: "token" })).samples).toHaveLength(1);
    const rt = await page({ minMs: 20, maxMs: 50 });
    expect(rt.samples.map((s) => s.latencyMs)).toEqual([50, 40, 30, 20]);
    const window = await page({ from: new Date(T0 + 2000), to: new Date(T0 + 4999), step: "activity" });
    expect(window.samples.map((s) => s.at - T0)).toEqual([3000]);

    // Pages of 5, newest first: every sample once.
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const next: Awaited<ReturnType<typeof page>> = await page({
        take: 5,
        cursor: cursor ? parseSampleCursor(cursor) : undefined,
      });
      seen.push(...next.samples.map((s) => (s.at - T0) / 1000));
      cursor = next.nextCursor;
    } while (cursor);
    expect(seen).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });
});
