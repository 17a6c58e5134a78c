import type { TLoadConfig } from "./load";
import { scaleFlowRates } from "./flow-rates";
import { maxVusOf } from "./load";

/** `total` split over `count` shards: even, the remainder to the first ones. */
export function shareOf(total: number, index: number, count: number): number {
  return Math.floor(total / count) + (index < total % count ? 1 : 0);
}

/** `total` split evenly over `count` shards (the weights of an even shard plan). */
export function evenWeights(total: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => shareOf(total, i, count));
}

/**
 * `total` split in proportion to `weights` as whole numbers that add up to `total` (largest remainder; ties go
 * to the first ones, so equal weights give shareOf's split).
 */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

/**
 * Shard `index`'s whole-number part of a VU target when the shards hold `weights` VUs each (adding up to
 * maxVus): in proportion to its VUs, rounded so that the parts always add up to the target exactly (rounding
 * each part on its own would make 3 VUs over two shards 2 + 2), and never more than the shard's VUs.
 */
export function vuTargetShare(target: number, index: number, weights: readonly number[]): number {
  const whole = Math.round(target);
  const maxVus = weights.reduce((a, b) => a + b, 0);
  const before = weights.slice(0, index).reduce((a, b) => a + b, 0);
  const upTo = before + (weights[index] ?? 0);
  return Math.floor((whole * upTo) / maxVus) - Math.floor((whole * before) / maxVus);
}

/**
 * Shard `index`'s part of a load when the shards hold `weights` VUs each (whole numbers adding up to the load's
 * max VUs). VUs, VU stage targets and iteration counts are split as whole numbers that add up; rates are scaled
 * by weight / maxVus, so the shards together produce the whole load. Equal weights give the even split.
 * Returns undefined for a shard that gets nothing.
 */
export function shardLoad(load: TLoadConfig, index: number, weights: readonly number[]): TLoadConfig | undefined {
  const maxVus = maxVusOf(load);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total !== maxVus) throw new Error(`shard weights add up to ${total}, not the load's ${maxVus} VUs`);
  if (weights.length === 1) return load;
  const vus = weights[index] ?? 0;
  if (vus === 0) return undefined;
  const fraction = vus / maxVus;
  if (load.mode === "rate") {
    return {
      ...load,
      maxVus: vus,
      targetRate: load.targetRate * fraction,
      startRate: load.startRate === undefined ? undefined : load.startRate * fraction,
      stages: load.stages?.map((s) => ({ ...s, target: s.target * fraction })),
      flowRates: load.flowRates && scaleFlowRates(load.flowRates, fraction),
    };
  }
  const iterations = load.iterations === undefined ? undefined : splitByWeight(load.iterations, weights)[index];
  if (iterations === 0) return undefined;
  const vuStages = load.stages?.map((s) => ({ ...s, target: vuTargetShare(s.target, index, weights) }));
  return { ...load, vus, stages: vuStages, iterations };
}
