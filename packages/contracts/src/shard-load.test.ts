import { describe, expect, it } from "vitest";
import { ZLoadConfig, type TConcurrencyLoad, type TRateLoad } from "./load";
import { evenWeights, shardLoad, splitByWeight } from "./shard-load";

const byWeights = <T>(load: T, weights: number[]) =>
  weights.map((_, i) => shardLoad(load as never, i, weights)).filter((l) => l !== undefined) as T[];
const shards = <T extends { vus?: number; maxVus?: number }>(load: T, count: number) =>
  byWeights(load, evenWeights((load.vus ?? load.maxVus)!, count));

describe("shardLoad", () => {
  it("splits VUs, VU stage targets and iterations into whole numbers that add up to the whole load", () => {
    const load = ZLoadConfig.parse({
      vus: 10,
      durationSeconds: 60,
      iterations: 7,
      stages: [
        { durationSeconds: 10, target: 3 },
        { durationSeconds: 10, target: 10 },
        { durationSeconds: 10, target: 1 },
      ],
    }) as TConcurrencyLoad;
    for (const count of [2, 3, 4, 7]) {
      const parts = shards(load, count);
      expect(parts.reduce((n, p) => n + p.vus, 0)).toBe(10);
      expect(parts.reduce((n, p) => n + (p.iterations ?? 0), 0)).toBe(7);
      for (const [i, stage] of load.stages!.entries()) {
        const targets = parts.map((p) => p.stages![i]!.target);
        expect(
          targets.reduce((a, b) => a + b, 0),
          `stage ${i} over ${count} shards`,
        ).toBe(stage.target);
        parts.forEach((p, j) => expect(targets[j]).toBeLessThanOrEqual(p.vus));
      }
    }
  });

  it("scales rates by each shard's share of max VUs", () => {
    const load = ZLoadConfig.parse({ mode: "rate", targetRate: 300, maxVus: 30, durationSeconds: 10 }) as TRateLoad;
    const parts = shards(load, 3);
    expect(parts.map((p) => p.targetRate)).toEqual([100, 100, 100]);
    expect(parts.reduce((n, p) => n + p.maxVus, 0)).toBe(30);
  });

  it("gives equal weights today's even split: the remainder to the first shards", () => {
    const load = ZLoadConfig.parse({ vus: 9, durationSeconds: 60, iterations: 11 }) as TConcurrencyLoad;
    expect(shards(load, 3).map((p) => [p.vus, p.iterations])).toEqual([
      [3, 4],
      [3, 4],
      [3, 3],
    ]);
    expect(shards({ ...load, vus: 10 }, 3).map((p) => p.vus)).toEqual([4, 3, 3]);
  });

  it("splits by weight: a 70/30 plan gives VUs, stage targets, iterations and rates in that proportion", () => {
    const vu = ZLoadConfig.parse({
      vus: 10,
      durationSeconds: 60,
      iterations: 100,
      stages: [{ durationSeconds: 10, target: 5 }],
    }) as TConcurrencyLoad;
    const parts = byWeights(vu, [7, 3]);
    expect(parts.map((p) => p.vus)).toEqual([7, 3]);
    expect(parts.map((p) => p.iterations)).toEqual([70, 30]);
    expect(parts.map((p) => p.stages![0]!.target)).toEqual([3, 2]);
    const rate = ZLoadConfig.parse({ mode: "rate", targetRate: 200, maxVus: 10, durationSeconds: 10 }) as TRateLoad;
    expect(byWeights(rate, [7, 3]).map((p) => p.targetRate)).toEqual([140, 60]);
  });

  it("refuses weights that do not add up to the load's VUs, and skips a shard of weight 0", () => {
    const load = ZLoadConfig.parse({ vus: 10, durationSeconds: 60 });
    expect(() => shardLoad(load, 0, [5, 4])).toThrow(/add up to 9/);
    expect(shardLoad(load, 1, [10, 0])).toBeUndefined();
  });
});

describe("splitByWeight", () => {
  it("gives whole numbers that add up to the total, in proportion", () => {
    expect(splitByWeight(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitByWeight(7, [60, 40])).toEqual([4, 3]);
    expect(splitByWeight(0, [1, 2])).toEqual([0, 0]);
  });
});
