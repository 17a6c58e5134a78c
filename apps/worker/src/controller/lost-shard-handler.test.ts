import { ZLoadConfig, type TGeneratorStatus, type TLoadConfigInput } from "@stampede/contracts";
import type { RunShard } from "@stampede/db";
import { describe, expect, it } from "vitest";
import type { ControllerContext } from "./controller-context";
import { FrameMerger } from "./frame-merger";
import { LostShardHandler } from "./lost-shard-handler";
import { ShardTotalsTracker } from "./shard-totals";
import { shardFrame } from "./test-support";

const START = 1_000_000;

const row = (shardIndex: number, generatorId: string): RunShard =>
  ({
    runId: "run",
    shardIndex,
    weight: 10,
    region: "local",
    generatorId,
    generatorName: generatorId,
    generation: 0,
    status: "RUNNING",
    startedAt: new Date(START),
  }) as RunShard;

const generator = (id: string, alive: boolean, freeVus = 1000): TGeneratorStatus =>
  ({
    id,
    name: id,
    region: "local",
    alive,
    heartbeatAt: START,
    capacity: { maxVus: 1000, maxRate: 5000 },
    free: { vus: freeVus, rate: 5000 },
  }) as TGeneratorStatus;

/** A controller context whose Postgres, registry, dispatcher and channel only record what they are asked. */
function fakeContext(generators: TGeneratorStatus[]) {
  const events: Array<{ kind: string; message: string }> = [];
  const ended: Array<{ shardIndex: number; status: string }> = [];
  const dispatched: Array<{ generatorId: string; shardIndex: number; generation: number; weights?: number[] }> = [];
  const reserved: Array<{ generatorId: string; generation: number }> = [];
  const released: Array<number | undefined> = [];
  let stopRequested = false;
  const db = {
    runEvent: { create: async ({ data }: { data: { kind: string; message: string } }) => events.push(data) },
    runShard: {
      updateMany: async ({ where, data }: { where: { shardIndex: number }; data: { status: string } }) => {
        ended.push({ shardIndex: where.shardIndex, status: data.status });
        return { count: 1 };
      },
      update: async () => ({}),
      create: async ({ data }: { data: Partial<RunShard> }) => ({ ...data, status: "PLANNED" }) as RunShard,
    },
    $transaction: async (fn: (tx: unknown) => Promise<unknown>) => fn(db),
  };
  const ctx = {
    runId: "run",
    pg: (fn: (db: unknown) => Promise<unknown>) => fn(db),
    registry: {
      list: async () => generators,
      reserve: async (requests: Array<{ generatorId: string; generation: number }>) => {
        reserved.push(...requests);
        return { ok: true };
      },
      release: async (_runId: string, shardIndex?: number) => released.push(shardIndex),
    },
    dispatcher: {
      dispatch: async (generatorId: string, job: (typeof dispatched)[number]) =>
        dispatched.push({ ...job, generatorId }),
    },
    channel: {
      isStopRequested: async () => stopRequested,
      requestStop: async () => void (stopRequested = true),
    },
  } as unknown as ControllerContext;
  return { ctx, events, ended, dispatched, reserved, released, stopped: () => stopRequested };
}

function handler(load: TLoadConfigInput, generators: TGeneratorStatus[]) {
  const fake = fakeContext(generators);
  const merger = new FrameMerger(2);
  const totals = new ShardTotalsTracker();
  totals.add(shardFrame(1, 3));
  const shards = [row(0, "gen-a"), row(1, "gen-b")];
  const lost = new LostShardHandler(fake.ctx, ZLoadConfig.parse(load), START, shards, merger, totals);
  return { ...fake, merger, lost };
}

describe("LostShardHandler", () => {
  it("reports a silent generator once and gives its shard to a free one, as the next generation", async () => {
    const h = handler({ vus: 20, durationSeconds: 60 }, [
      generator("gen-a", true),
      generator("gen-b", false),
      generator("gen-c", true),
    ]);
    await h.lost.check(START + 7_400);
    await h.lost.check(START + 8_000);
    expect(h.events.map((e) => e.kind)).toEqual(["generator.lost", "shard.reassigned"]);
    expect(h.events[0]!.message).toContain("generator gen-b lost");
    expect(h.events[0]!.message).toContain("shard 1 (10 VUs, reported up to second 3)");
    // Never the lost owner: one of the alive generators with room takes the shard over.
    expect(h.reserved).toEqual([expect.objectContaining({ generation: 1, shardIndex: 1 })]);
    expect(h.dispatched).toEqual([
      expect.objectContaining({
        shardIndex: 1,
        generation: 1,
        weights: [10, 10],
        generatorId: h.reserved[0]!.generatorId,
      }),
    ]);
    expect(["gen-a", "gen-c"]).toContain(h.dispatched[0]!.generatorId);
    expect(h.merger.currentGeneration(1)).toBe(1);
  });

  it("keeps trying each check while no generator has room, and says so once", async () => {
    const h = handler({ vus: 20, durationSeconds: 60 }, [generator("gen-a", true, 5), generator("gen-b", false)]);
    await h.lost.check(START + 7_000);
    await h.lost.check(START + 8_000);
    expect(h.events.map((e) => e.kind)).toEqual(["generator.lost", "shard.waiting"]);
    expect(h.dispatched).toEqual([]);
    expect(h.merger.hasEnded(1)).toBe(false);
  });

  it('with "continue", marks the shard LOST and stops waiting for it', async () => {
    const h = handler({ vus: 20, durationSeconds: 60, onGeneratorLost: "continue" }, [
      generator("gen-a", true),
      generator("gen-b", false),
    ]);
    await h.lost.check(START + 7_000);
    expect(h.ended).toEqual([{ shardIndex: 1, status: "LOST" }]);
    expect(h.released).toEqual([1]);
    expect(h.merger.hasEnded(1)).toBe(true);
    expect(h.lost.failure).toBeUndefined();
  });

  it('with "fail", stops the run and gives the reason', async () => {
    const h = handler({ vus: 20, durationSeconds: 60, onGeneratorLost: "fail" }, [
      generator("gen-a", true),
      generator("gen-b", false),
    ]);
    await h.lost.check(START + 7_000);
    expect(h.stopped()).toBe(true);
    expect(h.lost.failure).toMatch(/^generator gen-b lost .* the run fails, as it asked$/);
  });

  it("gives a shard up instead of moving it once the run's planned end has passed", async () => {
    const h = handler({ vus: 20, durationSeconds: 10 }, [generator("gen-a", true), generator("gen-b", false)]);
    await h.lost.check(START + 10_500);
    expect(h.dispatched).toEqual([]);
    expect(h.ended).toEqual([{ shardIndex: 1, status: "LOST" }]);
    expect(h.merger.hasEnded(1)).toBe(true);
  });
});
