import { type TGeneratorInfo, ZGeneratorInfo } from "@stampede/contracts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generatorIdentity } from "./generator-identity";
import { HeartbeatSampler, type ProcessReadings, startHeartbeat } from "./heartbeat";
import { RunningShards } from "./running-shards";

/** Readings a test moves by hand: the time, the CPU used, the memory. */
function fakeReadings(start = 1_000_000) {
  const state = { now: start, cpuMicros: 0, rssBytes: 100 * 1024 * 1024 };
  const readings: ProcessReadings = {
    now: () => state.now,
    cpuMicros: () => state.cpuMicros,
    rssBytes: () => state.rssBytes,
  };
  return { state, readings };
}

const identity = generatorIdentity(
  {
    WORKER_NAME: "eu gen#1",
    WORKER_REGION: "eu",
    WORKER_MAX_VUS: 500,
    WORKER_MAX_RATE: 2000,
    STAMPEDE_VERSION: "1.2.3",
  },
  999_000,
);

describe("generatorIdentity", () => {
  it("makes the worker name a safe id and takes capacity, region and version from the environment", () => {
    expect(identity).toEqual({
      id: "eu_gen_1",
      name: "eu gen#1",
      region: "eu",
      version: "1.2.3",
      capacity: { maxVus: 500, maxRate: 2000 },
      startedAt: 999_000,
    });
  });

  it("reports the root package's version when no version is set", () => {
    const { version } = generatorIdentity({ ...identityEnv(), STAMPEDE_VERSION: undefined }, 0);
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

function identityEnv() {
  return { WORKER_NAME: "w", WORKER_REGION: "local", WORKER_MAX_VUS: 1, WORKER_MAX_RATE: 1 };
}

describe("HeartbeatSampler", () => {
  it("measures CPU as a share of one core since the last beat, and memory in MB", () => {
    const { state, readings } = fakeReadings();
    const sampler = new HeartbeatSampler(identity, () => [], readings);
    state.now += 2000;
    state.cpuMicros += 3_000_000; // 3 s of CPU in 2 s: one and a half cores
    state.rssBytes = 256.25 * 1024 * 1024;
    const info = sampler.sample();
    expect(info).toMatchObject({ cpu: 1.5, memoryMb: 256.3, heartbeatAt: 1_002_000 });

    state.now += 1000;
    state.cpuMicros += 100_000; // the next beat measures from the last one, not from the start
    expect(sampler.sample().cpu).toBe(0.1);
  });

  it("reports no CPU share when no time has passed or the clock stepped back", () => {
    const { state, readings } = fakeReadings();
    const sampler = new HeartbeatSampler(identity, () => [], readings);
    state.cpuMicros += 500_000;
    expect(sampler.sample().cpu).toBe(0);
    state.now -= 1000;
    state.cpuMicros += 500_000;
    expect(sampler.sample().cpu).toBe(0);
  });

  it("lists the shards running at the moment of the beat, with their generation", async () => {
    const { readings } = fakeReadings();
    const shards = new RunningShards();
    const sampler = new HeartbeatSampler(identity, () => shards.list(), readings);
    let finish!: () => void;
    const running = shards.track(
      { runId: "r1", shardIndex: 2, generation: 1 },
      () => new Promise<void>((r) => (finish = r)),
    );
    expect(sampler.sample().shards).toEqual([{ runId: "r1", shardIndex: 2, generation: 1 }]);
    finish();
    await running;
    expect(sampler.sample().shards).toEqual([]);
  });

  it("produces an info the registry accepts", () => {
    const info = new HeartbeatSampler(identity, () => [], fakeReadings().readings).sample();
    expect(ZGeneratorInfo.safeParse(info).success).toBe(true);
  });
});

describe("RunningShards", () => {
  it("forgets a shard whose work threw, and passes the error on", async () => {
    const shards = new RunningShards();
    const failing = shards.track({ runId: "r", shardIndex: 0, generation: 0 }, () => Promise.reject(new Error("x")));
    await expect(failing).rejects.toThrow("x");
    expect(shards.list()).toEqual([]);
  });
});

describe("startHeartbeat", () => {
  afterEach(() => vi.useRealTimers());

  it("beats at once, then every interval; a failed beat is logged once per outage and the next one still goes", async () => {
    vi.useFakeTimers();
    const { readings } = fakeReadings();
    const sampler = new HeartbeatSampler(identity, () => [], readings);
    const sent: TGeneratorInfo[] = [];
    const lines: string[] = [];
    const logger = {
      warn: (_: object, m: string) => lines.push(`warn ${m}`),
      info: (_: object, m: string) => lines.push(`info ${m}`),
    };
    let fail = true;
    const beat = startHeartbeat(
      sampler,
      async (info) => {
        sent.push(info);
        if (fail) throw new Error("redis down");
      },
      { logger, intervalMs: 1000 },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    expect(lines).toEqual(["warn heartbeat failed; controllers will see this generator as lost after 4 s"]);
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(4);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe("info heartbeat sent again");

    await beat.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(4);
  });
});
