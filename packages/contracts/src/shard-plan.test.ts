import { describe, expect, it } from "vitest";
import { ZLoadConfig } from "./load";
import { placeShard, planShards, type TPlacementGenerator } from "./shard-plan";

const gen = (id: string, region: string, vus: number, rate = 5000, capacity?: number): TPlacementGenerator => ({
  id,
  name: `name-${id}`,
  region,
  free: { vus, rate },
  capacity: capacity === undefined ? undefined : { maxVus: capacity, maxRate: 5000 },
});
const vuLoad = (extra: object) => ZLoadConfig.parse({ vus: 30, durationSeconds: 20, ...extra });
const planned = (result: ReturnType<typeof planShards>) => {
  if (!result.ok) throw new Error(result.reason);
  return result.shards.map((s) => [s.index, s.generatorId, s.weight, s.region]);
};

describe("planShards", () => {
  it("uses the fewest generators that fit, the ones with the most room first", () => {
    const generators = [gen("a", "x", 20), gen("b", "x", 100), gen("c", "x", 20)];
    expect(planned(planShards(vuLoad({}), generators))).toEqual([[0, "b", 30, null]]);
    const tight = [gen("a", "x", 10), gen("b", "x", 12), gen("c", "x", 11)];
    expect(planned(planShards(vuLoad({}), tight))).toEqual([
      [0, "b", 10, null],
      [1, "c", 10, null],
      [2, "a", 10, null],
    ]);
  });

  it("splits over the number of generators asked for, weights adding up to the VUs", () => {
    const generators = [gen("a", "x", 100), gen("b", "x", 100), gen("c", "x", 100), gen("d", "x", 100)];
    const shards = planned(planShards(ZLoadConfig.parse({ vus: 10, durationSeconds: 5, generators: 4 }), generators));
    expect(shards.map((s) => s[2])).toEqual([3, 3, 2, 2]);
  });

  it("places each region's percent of the VUs on generators with that label", () => {
    const generators = [gen("h1", "hangzhou", 100), gen("s1", "shanghai", 100), gen("h2", "hangzhou", 100)];
    const load = vuLoad({ regions: { hangzhou: 70, shanghai: 30 }, generators: 3 });
    expect(planned(planShards(load, generators))).toEqual([
      [0, "h1", 11, "hangzhou"],
      [1, "h2", 10, "hangzhou"],
      [2, "s1", 9, "shanghai"],
    ]);
  });

  it("counts the peak rate against the generators' free rate in TPS mode", () => {
    const load = ZLoadConfig.parse({ mode: "rate", targetRate: 900, maxVus: 30, durationSeconds: 10 });
    const result = planShards(load, [gen("a", "x", 1000, 500), gen("b", "x", 1000, 500)]);
    expect(result.ok && result.shards.map((s) => s.need)).toEqual([
      { vus: 15, rate: 450 },
      { vus: 15, rate: 450 },
    ]);
  });

  it("says how many generators are free of how many it needs, per region, when they are busy", () => {
    const busy = [gen("a", "x", 15, 5000, 20), gen("b", "x", 0, 5000, 20)];
    const result = planShards(vuLoad({}), busy);
    expect(result).toMatchObject({ ok: false, free: 1, needed: 2 });
    expect(!result.ok && result.reason).toBe("waiting for generators (1 of 2 free, for 30 VUs)");
    const regional = planShards(vuLoad({ regions: { a: 50, b: 50 } }), [gen("a1", "a", 100)]);
    expect(!regional.ok && regional.reason).toBe('waiting for generators in region "b" (0 of 1 free, for 15 VUs)');
  });

  it("waits rather than place fewer generators than asked for", () => {
    const result = planShards(vuLoad({ generators: 3 }), [gen("a", "x", 100), gen("b", "x", 100)]);
    expect(result).toMatchObject({ ok: false, free: 2, needed: 3 });
  });
});

describe("placeShard", () => {
  it("picks the generator in the shard's region with the most room, never the excluded one", () => {
    const generators = [gen("a", "x", 50), gen("b", "x", 20), gen("c", "y", 100)];
    expect(placeShard({ vus: 10, rate: 0 }, "x", generators)?.id).toBe("a");
    expect(placeShard({ vus: 10, rate: 0 }, "x", generators, ["a"])?.id).toBe("b");
    expect(placeShard({ vus: 30, rate: 0 }, "x", generators, ["a"])).toBeUndefined();
    expect(placeShard({ vus: 30, rate: 0 }, null, generators)?.id).toBe("c");
  });
});
