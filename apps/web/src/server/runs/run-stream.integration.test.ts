// Proof that a reconnecting viewer misses nothing and sees nothing twice: the stream against real Postgres and
// Redis, read partly, dropped, and reopened with the Last-Event-ID it was sent while more seconds arrived.
import { ZLoadConfig, ZScenarioSpec, type TLivePoint } from "@stampede/contracts";
import {
  createPrismaClient,
  createRun,
  createScenario,
  finishRun,
  markRunStarted,
  saveRunMetrics,
  type PrismaClient,
} from "@stampede/db";
import { SecondTotals, StepTotals, toLivePoint } from "@stampede/metrics";
import { createRedis, runKeys } from "@stampede/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRunStream } from "./run-stream";

let db: PrismaClient;
let publisher: ReturnType<typeof createRedis>;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  publisher = createRedis(process.env.REDIS_URL!);
});
afterAll(async () => {
  publisher.disconnect();
  await db.$disconnect();
});

async function newRunningRun(): Promise<string> {
  const spec = ZScenarioSpec.parse({ flows: [{ name: "f", steps: [{ type: "http", name: "api", url: "http://x" }] }] });
  const scenario = await createScenario(db, { name: `sse resume ${Date.now()}`, spec });
  const load = ZLoadConfig.parse({ mode: "concurrency", vus: 2, durationSeconds: 30 });
  const run = await createRun(db, { scenarioId: scenario.id, load, trigger: "API" });
  await markRunStarted(db, run.id, new Date());
  return run.id;
}

/** What the controller does for each merged second: write its rows, then publish its point. */
async function writeSecond(runId: string, second: number) {
  const api = new StepTotals("api");
  for (let i = 0; i < 10 + second; i++) api.record(2000, 200, undefined, 10, 20);
  const totals = new SecondTotals(second);
  totals.addFrame({ second, vus: 2, iterations: 10, droppedIterations: 0, steps: [{ ...api.toEncoded() }] });
  api.destroy();
  const merged = totals.toRecords();
  totals.destroy();
  await saveRunMetrics(
    db,
    merged.steps.map((s) => ({ ...s, runId, second })),
    [{ ...merged.second, runId }],
  );
  await publish(runId, { type: "point", point: toLivePoint(merged.second, merged.steps) });
}

async function publish(runId: string, message: unknown) {
  await publisher.publish(runKeys(process.env.STAMPEDE_REDIS_PREFIX!, runId).live, JSON.stringify(message));
}

interface Received {
  id?: number;
  event: string;
  data: unknown;
}

/** Reads SSE messages from the stream until `until` says enough (or the stream ends). */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, until: (got: Received[]) => boolean) {
  const decoder = new TextDecoder();
  const got: Received[] = [];
  let text = "";
  while (!until(got)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = text.indexOf("\n\n")) >= 0) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const fields = Object.fromEntries(
        block.split("\n").map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 2)]),
      );
      if (!fields.event) continue;
      got.push({
        id: fields.id === undefined ? undefined : Number(fields.id),
        event: fields.event,
        data: JSON.parse(fields.data!),
      });
    }
  }
  return got;
}

const pointsOf = (got: Received[]) => got.filter((m) => m.event === "point");
const secondsOf = (got: Received[]) => pointsOf(got).map((m) => (m.data as TLivePoint).second);

describe("the run stream with Last-Event-ID", () => {
  it("resumes after the last id: the two connections hold every second exactly once", async () => {
    const runId = await newRunningRun();
    for (const s of [0, 1, 2]) await writeSecond(runId, s);

    const first = new AbortController();
    const reader1 = (await openRunStream(db, runId, first.signal)).getReader();
    const backlog = await readUntil(reader1, (got) => got.some((m) => m.event === "status"));
    expect(secondsOf(backlog)).toEqual([0, 1, 2]);
    await writeSecond(runId, 3); // live, through Redis
    const live = await readUntil(reader1, (got) => pointsOf(got).length === 1);
    const received1 = [...backlog, ...live];
    expect(pointsOf(received1).map((m) => m.id)).toEqual([0, 1, 2, 3]); // each point's id is its second
    first.abort(); // the viewer's connection drops
    await reader1.cancel().catch(() => {});

    // Seconds stored while no one listened, then the viewer comes back with the last id it saw.
    for (const s of [4, 5]) await writeSecond(runId, s);
    const lastId = pointsOf(received1).at(-1)!.id!;
    const second = new AbortController();
    const reader2 = (await openRunStream(db, runId, second.signal, { lastEventId: lastId })).getReader();
    const resumed = await readUntil(reader2, (got) => got.some((m) => m.event === "status"));
    await writeSecond(runId, 6);
    await finishRun(db, runId, { status: "FINISHED" });
    await publish(runId, { type: "status", status: "FINISHED" });
    const rest = await readUntil(reader2, (got) => got.some((m) => m.event === "status"));
    second.abort();

    const received2 = [...resumed, ...rest];
    expect(secondsOf(received2)).toEqual([4, 5, 6]);
    expect([...secondsOf(received1), ...secondsOf(received2)]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(rest.at(-1)).toMatchObject({ event: "status", data: { status: "FINISHED" } });
    // The resumed points are the stored seconds' figures, not empty shells.
    expect((pointsOf(received2)[0]!.data as TLivePoint).requests).toBe(14);
  });
});
