import type { TLoadConfig } from "./load";
import { maxVusOf } from "./load";

/** `total` split over `count` shards: even, the remainder to the first ones. */
export function shareOf(total: number, index: number, count: number): number {
  return Math.floor(total / count) + (index < total % count ? 1 : 0);
}

/** How many of `total` go to the shards before `index`: the sum of their shareOf. */
function shareBefore(total: number, index: number, count: number): number {
  return index * Math.floor(total / count) + Math.min(index, total % count);
}

/**
 * Shard `index`'s whole-number part of a VU target when the shards hold shareOf(maxVus) VUs each: in
 * proportion to its VUs, rounded so that the parts always add up to the target exactly (rounding each part
 * on its own would make 3 VUs over two shards 2 + 2).
 */
export function vuTargetShare(target: number, maxVus: number, index: number, count: number): number {
  const whole = Math.round(target);
  const before = shareBefore(maxVus, index, count);
  const upTo = before + shareOf(maxVus, index, count);
  return Math.floor((whole * upTo) / maxVus) - Math.floor((whole * before) / maxVus);
}

/**
 * Shard `index` of `count`'s part of a load. VUs, VU stage targets and iteration counts are split as whole
 * numbers that add up; rates are scaled by the shard's fraction, so the shards together produce the whole load.
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
  const vuStages = load.stages?.map((s) => ({ ...s, target: vuTargetShare(s.target, load.vus, index, count) }));
  return { ...load, vus, stages: vuStages, iterations };
}
