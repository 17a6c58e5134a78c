import type { TGeneratorCapacity, TLoadAmount } from "./generators";
import { maxVusOf, type TLoadConfig } from "./load";
import { planPeak } from "./load-plan";
import { evenWeights, splitByWeight } from "./shard-load";

/** A generator placement may use: who and where it is, what it has free now, and (if known) its capacity. */
export interface TPlacementGenerator {
  id: string;
  name: string;
  region: string;
  free: TLoadAmount;
  capacity?: TGeneratorCapacity;
}

/** One shard of a placed run: its VUs (weight), the region asked for (null: any) and the generator chosen. */
export interface TPlannedShard {
  index: number;
  /** The shard's VUs; the weights of a plan add up to the load's max VUs. */
  weight: number;
  /** The region label the run asked for, or null when it asked for none. */
  region: string | null;
  generatorId: string;
  generatorName: string;
  generatorRegion: string;
  /** What the shard reserves on its generator: its VUs and its part of the peak rate. */
  need: TLoadAmount;
}

/** A run placed on generators, or why it cannot be yet (`free` of `needed` generators have room). */
export type TShardPlanResult =
  { ok: true; shards: TPlannedShard[] } | { ok: false; reason: string; free: number; needed: number };

/** Rates are fractions of the peak; this much slack keeps rounding from refusing an exact fit. */
const RATE_SLACK = 1e-6;

/** What a whole load needs: its max VUs and its peak iterations per second (0 in VU mode). */
export function loadNeed(load: TLoadConfig): TLoadAmount {
  return { vus: maxVusOf(load), rate: load.mode === "rate" ? planPeak(load) : 0 };
}

function fits(need: TLoadAmount, room: TLoadAmount): boolean {
  return need.vus <= room.vus && need.rate <= room.rate + RATE_SLACK;
}

/** How many times `need` fits in `room`: the order in which generators are preferred. */
function roomFor(need: TLoadAmount, room: TLoadAmount): number {
  const byVus = need.vus > 0 ? room.vus / need.vus : Infinity;
  const byRate = need.rate > 0 ? room.rate / need.rate : Infinity;
  return Math.min(byVus, byRate);
}

function capacityOf(g: TPlacementGenerator): TLoadAmount {
  return g.capacity ? { vus: g.capacity.maxVus, rate: g.capacity.maxRate } : g.free;
}

interface RegionPart {
  label: string | null;
  vus: number;
  /** Generators asked for in this region, when the run names a count. */
  count: number | undefined;
}

/** Each region's VUs (largest remainder by percent) and, with `generators: N`, its share of N (at least 1). */
function regionParts(load: TLoadConfig): RegionPart[] {
  const entries: Array<[string | null, number]> = load.regions ? Object.entries(load.regions) : [[null, 100]];
  const percents = entries.map(([, p]) => p);
  const vus = splitByWeight(maxVusOf(load), percents);
  const n = load.generators;
  const counts = n === undefined ? undefined : splitByWeight(Math.max(0, n - entries.length), percents);
  return entries.map(([label], i) => ({ label, vus: vus[i]!, count: counts ? counts[i]! + 1 : undefined }));
}

/** The even split of `vus` over `n` shards, each with its part of the rate. */
function partsOf(vus: number, n: number, whole: TLoadAmount): TLoadAmount[] {
  return evenWeights(vus, n).map((v) => ({ vus: v, rate: (whole.rate * v) / whole.vus }));
}

/** The fewest generators whose capacity would hold an even split of the region, were they idle. */
function generatorsNeeded(vus: number, whole: TLoadAmount, byCapacity: TPlacementGenerator[]): number {
  const biggest = byCapacity[0];
  if (!biggest) return 1;
  for (let n = 1; n <= vus; n++) {
    const part = partsOf(vus, n, whole)[0]!;
    const pool = byCapacity.slice(0, n);
    const room = (i: number) => capacityOf(pool[Math.min(i, pool.length - 1)]!);
    if (Array.from({ length: n }, (_, i) => fits(part, room(i))).every(Boolean)) return n;
  }
  return vus;
}

type RegionResult = { ok: true; shards: Omit<TPlannedShard, "index">[] } | { ok: false; free: number; needed: number };

function placeRegion(part: RegionPart, whole: TLoadAmount, generators: TPlacementGenerator[]): RegionResult {
  const regionNeed = { vus: part.vus, rate: (whole.rate * part.vus) / whole.vus };
  const candidates = generators
    .filter((g) => part.label === null || g.region === part.label)
    .sort((a, b) => roomFor(regionNeed, b.free) - roomFor(regionNeed, a.free) || a.id.localeCompare(b.id));
  const tryCount = (n: number) => {
    const parts = partsOf(part.vus, n, whole);
    if (n > candidates.length || !parts.every((p, i) => fits(p, candidates[i]!.free))) return undefined;
    return parts.map((need, i) => {
      const g = candidates[i]!;
      return {
        weight: need.vus,
        region: part.label,
        generatorId: g.id,
        generatorName: g.name,
        generatorRegion: g.region,
        need,
      };
    });
  };
  // More generators than VUs would leave some with nothing to do.
  const counts =
    part.count !== undefined ? [Math.min(part.count, part.vus)] : range(1, Math.min(candidates.length, part.vus));
  for (const n of counts) {
    const shards = tryCount(n);
    if (shards) return { ok: true, shards };
  }
  const byCapacity = [...candidates].sort(
    (a, b) => roomFor(regionNeed, capacityOf(b)) - roomFor(regionNeed, capacityOf(a)),
  );
  const needed = part.count !== undefined ? counts[0]! : generatorsNeeded(part.vus, whole, byCapacity);
  const largest = partsOf(part.vus, needed, whole)[0]!;
  const free = Math.min(needed, candidates.filter((g) => fits(largest, g.free)).length);
  return { ok: false, free, needed };
}

function range(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function describeNeed(whole: TLoadAmount): string {
  const rate = whole.rate > 0 ? ` and ${Math.round(whole.rate * 100) / 100} iterations/s` : "";
  return `${whole.vus} VUs${rate}`;
}

/**
 * Places a run's load on generators: per region (or over all of them when the run names none) its part of the
 * VUs is split evenly over the run's `generators` count, or over the fewest generators that have room for it.
 * A shard's weight is its VUs; the weights add up to the load's max VUs. Pure: the caller lists the alive
 * generators with their free capacity and reserves the result.
 */
export function planShards(load: TLoadConfig, generators: TPlacementGenerator[]): TShardPlanResult {
  const whole = loadNeed(load);
  const shards: TPlannedShard[] = [];
  const waiting: string[] = [];
  let free = 0;
  let needed = 0;
  for (const part of regionParts(load)) {
    if (part.vus === 0) continue;
    const result = placeRegion(part, whole, generators);
    if (result.ok) {
      for (const s of result.shards) shards.push({ ...s, index: shards.length });
      continue;
    }
    free += result.free;
    needed += result.needed;
    const where = part.label === null ? "" : ` in region "${part.label}"`;
    const regionNeed = { vus: part.vus, rate: (whole.rate * part.vus) / whole.vus };
    waiting.push(
      `waiting for generators${where} (${result.free} of ${result.needed} free, for ${describeNeed(regionNeed)})`,
    );
  }
  if (waiting.length > 0) return { ok: false, reason: waiting.join("; "), free, needed };
  return { ok: true, shards };
}

/**
 * The generator to take over one shard (a reassignment): in the shard's region (any when null), with room for
 * its need, the one with the most room; `exclude` keeps the lost owner out. Undefined when none has room.
 */
export function placeShard(
  need: TLoadAmount,
  region: string | null,
  generators: TPlacementGenerator[],
  exclude: readonly string[] = [],
): TPlacementGenerator | undefined {
  return generators
    .filter((g) => (region === null || g.region === region) && !exclude.includes(g.id) && fits(need, g.free))
    .sort((a, b) => roomFor(need, b.free) - roomFor(need, a.free) || a.id.localeCompare(b.id))[0];
}
