import type { TLoadConfig } from "./load";
import { maxVusOf } from "./load";

/** `total` split over `count` shards: even, the remainder to the first ones. */
export function shareOf(total: number, index: number, count: number): number {
  return Math.floor(total / count) + (index < total % count ? 1 : 0);
}

/**
 * Shard `index` of `count`'s part of a load. VUs and iteration counts are split as whole numbers; rates and
 * stage targets are scaled by the shard's fraction, so the shards together produce the whole load.
 * Returns undefined for a shard that gets nothing (more shards than VUs).
 */
export function shardLoad(load: TLoadConfig, index: number, count: number): TLoadConfig | undefined {
  if (count === 1) return load;
  const vus = shareOf(maxVusOf(load), index, count);
  if (vus === 0) return undefined;
  const fraction = vus / maxVusOf(load);
  const stages = load.stages?.map((s) => ({ ...s, target: s.target * fraction }));
  if (load.mode === "rate") {
    return {
      ...load,
      maxVus: vus,
      targetRate: load.targetRate * fraction,
      startRate: load.startRate === undefined ? undefined : load.startRate * fraction,
      stages,
    };
  }
  const iterations = load.iterations === undefined ? undefined : shareOf(load.iterations, index, count);
  if (iterations === 0) return undefined;
  return { ...load, vus, stages: stages?.map((s) => ({ ...s, target: Math.round(s.target) })), iterations };
}
