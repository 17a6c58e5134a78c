import {
  createGeneratorShardQueue,
  createRedis,
  enqueueShard,
  GeneratorRegistry,
  RunChannel,
  type TStreamEntry,
} from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorkerEnv } from "../env";
import { createWorkerLogger } from "../logger";
import { type RunningWorker, startWorker } from "../start-worker";

// A generator-only process in region "eu" with a capacity of its own; the name has characters an id cannot.
const env = parseWorkerEnv({
  ...process.env,
  WORKER_NAME: "gen it/eu 1",
  WORKER_REGION: "eu",
  WORKER_CONTROLLER: "false",
  WORKER_MAX_VUS: "300",
  WORKER_MAX_RATE: "1500",
  STAMPEDE_VERSION: "9.9.9-it",
});
const id = "gen_it_eu_1";
let redis: Redis;
let worker: RunningWorker | undefined;

beforeAll(async () => {
  redis = createRedis(env.REDIS_URL);
  worker = await startWorker(env, () => {}, createWorkerLogger({ ...env, LOG_LEVEL: "silent" }));
});

afterAll(async () => {
  await worker?.close();
  redis?.disconnect();
});

async function until<T>(read: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a generator process", () => {
  const registry = () => new GeneratorRegistry(redis, env.STAMPEDE_REDIS_PREFIX);
  const listed = async () => (await registry().list(Date.now())).find((g) => g.id === id);

  it("heartbeats its identity, capacity and process load to the registry every second", async () => {
    const first = await until(listed, 10_000, "the generator's first heartbeat");
    expect(first).toMatchObject({
      name: "gen it/eu 1",
      region: "eu",
      version: "9.9.9-it",
      capacity: { maxVus: 300, maxRate: 1500 },
      alive: true,
      free: { vus: 300, rate: 1500 },
      shards: [],
    });
    expect(first.memoryMb).toBeGreaterThan(0);
    // Beats keep coming: a later one carries a later time (wide wait: the machine may be busy).
    const later = await until(
      async () => {
        const g = await listed();
        return g && g.heartbeatAt > first.heartbeatAt ? g : undefined;
      },
      10_000,
      "a second heartbeat",
    );
    expect(later.alive).toBe(true);
  });

  it("takes shard jobs from its own queue", async () => {
    const runId = `missing-run-${Date.now()}`;
    const queue = createGeneratorShardQueue(redis, env.STAMPEDE_REDIS_PREFIX, id);
    try {
      await enqueueShard(queue, {
        runId,
        shardIndex: 0,
        shardCount: 1,
        weights: [1],
        generation: 0,
        startedAtMs: Date.now(),
      });
      // The run does not exist, so the shard ends at once with an error: proof enough that this process took it.
      const channel = new RunChannel(redis, env.STAMPEDE_REDIS_PREFIX, runId);
      const end = await until(
        async () =>
          (await channel.read("0", 100)).map((e) => e.entry).find((e): e is TStreamEntry => e.type === "shard-end"),
        15_000,
        "the shard's end",
      );
      expect(end).toMatchObject({ type: "shard-end", shardIndex: 0, reason: "error" });
      await channel.expire();
    } finally {
      await queue.close();
    }
  });

  it("stops heartbeating once closed", async () => {
    await worker!.close();
    worker = undefined;
    const last = (await listed())!.heartbeatAt;
    await new Promise((r) => setTimeout(r, 2500));
    expect((await listed())!.heartbeatAt).toBe(last);
  });
});
