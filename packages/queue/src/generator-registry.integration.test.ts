import { randomBytes } from "node:crypto";
import type { TGeneratorInfo } from "@stampede/contracts";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedis } from "./connection";
import { GeneratorRegistry, type TReservationRequest } from "./generator-registry";

let redis: Redis;
let other: Redis;

beforeAll(() => {
  redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
  other = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
});
afterAll(() => {
  redis?.disconnect();
  other?.disconnect();
});

/** A registry under a prefix of its own (inside the test run's prefix, which the setup deletes afterwards). */
function freshPrefix() {
  return `${process.env.STAMPEDE_REDIS_PREFIX ?? "{stampede-registry-test}"}:${randomBytes(3).toString("hex")}`;
}

const T0 = 1_800_000_000_000;
const info = (id: string, heartbeatAt = T0, maxVus = 100): TGeneratorInfo => ({
  id,
  name: `gen ${id}`,
  region: "hangzhou",
  version: "test",
  capacity: { maxVus, maxRate: 1000 },
  cpu: 0.25,
  memoryMb: 80,
  shards: [],
  startedAt: T0 - 60_000,
  heartbeatAt,
});
const booking = (generatorId: string, runId: string, shardIndex: number, vus: number): TReservationRequest => ({
  generatorId,
  runId,
  shardIndex,
  vus,
  rate: 0,
  generation: 0,
});

describe("GeneratorRegistry", () => {
  it("lists generators with their heartbeat, alive for 4 s after it, listed as lost for 10 minutes", async () => {
    const registry = new GeneratorRegistry(redis, freshPrefix());
    await registry.heartbeat(info("a"));
    await registry.heartbeat(info("b", T0 + 3000));
    const now = await registry.list(T0 + 3900);
    expect(now.map((g) => [g.id, g.alive, g.free])).toEqual([
      ["a", true, { vus: 100, rate: 1000 }],
      ["b", true, { vus: 100, rate: 1000 }],
    ]);
    expect(now[0]).toMatchObject({ name: "gen a", region: "hangzhou", cpu: 0.25, memoryMb: 80 });
    expect((await registry.list(T0 + 4000)).map((g) => [g.id, g.alive])).toEqual([
      ["a", false],
      ["b", true],
    ]);
    expect((await registry.list(T0 + 3000 + 10 * 60_000)).map((g) => g.id)).toEqual(["b"]);
  });

  it("lists a generator that signed off as lost at once, and keeps the others alive", async () => {
    const registry = new GeneratorRegistry(redis, freshPrefix());
    await registry.heartbeat(info("a"));
    await registry.heartbeat(info("b"));
    await registry.signOff("a");
    expect((await registry.list(T0 + 100)).map((g) => [g.id, g.alive])).toEqual([
      ["a", false],
      ["b", true],
    ]);
    await registry.signOff("never-seen"); // nothing to sign off: no error, nothing listed
    expect((await registry.list(T0 + 100)).map((g) => g.id)).toEqual(["a", "b"]);
  });

  it("books capacity all or nothing, and frees it on release", async () => {
    const registry = new GeneratorRegistry(redis, freshPrefix());
    await registry.heartbeat(info("a"));
    await registry.heartbeat(info("b"));
    expect(await registry.reserve([booking("a", "run1", 0, 60), booking("b", "run1", 1, 60)])).toEqual({ ok: true });
    const tooMuch = await registry.reserve([booking("a", "run2", 0, 30), booking("b", "run2", 1, 50)]);
    expect(tooMuch).toMatchObject({
      ok: false,
      reason: expect.stringContaining("gen b has no room left (40 VUs free)"),
    });
    const [a, b] = await registry.list(T0);
    expect([a!.reserved.vus, a!.free.vus, b!.free.vus]).toEqual([60, 40, 40]);
    expect(a!.reservations).toEqual([{ runId: "run1", shardIndex: 0, vus: 60, rate: 0, generation: 0 }]);

    expect(await registry.release("run1", 1)).toBe(1);
    expect((await registry.list(T0)).map((g) => g.free.vus)).toEqual([40, 100]);
    expect(await registry.release("run1")).toBe(1);
    expect((await registry.list(T0)).map((g) => g.free.vus)).toEqual([100, 100]);
  });

  it("moves a reassigned shard's booking: it holds capacity on its new generator only", async () => {
    const registry = new GeneratorRegistry(redis, freshPrefix());
    await registry.heartbeat(info("a"));
    await registry.heartbeat(info("b"));
    await registry.reserve([booking("a", "run1", 0, 70)]);
    expect(await registry.reserve([{ ...booking("b", "run1", 0, 70), generation: 1 }])).toEqual({ ok: true });
    const [a, b] = await registry.list(T0);
    expect([a!.reservations, b!.reservations.map((r) => r.generation)]).toEqual([[], [1]]);
  });

  it("never over-books a generator when two controllers book at the same moment", async () => {
    const prefix = freshPrefix();
    const one = new GeneratorRegistry(redis, prefix);
    const two = new GeneratorRegistry(other, prefix);
    await one.heartbeat(info("a", T0, 100));
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? one : two).reserve([booking("a", `run${i}`, 0, 40)])),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect((await one.list(T0))[0]!.reserved.vus).toBe(80);
  });
});
