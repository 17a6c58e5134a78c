import { describe, expect, it } from "vitest";
import { ZLoadConfig, type TConcurrencyLoad, type TRateLoad } from "./load";
import { shardLoad } from "./shard-load";

const shards = <T>(load: T, count: number) =>
  Array.from({ length: count }, (_, i) => shardLoad(load as never, i, count)).filter((l) => l !== undefined) as T[];

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
});
