import type { TShardFrame } from "@stampede/contracts";
import type { TStreamEntry } from "@stampede/queue";
import { type FrameWriter, SecondTotals } from "@stampede/metrics";

/** When one generation of a shard took it over: its frames count from `fromSecond` on. */
export interface ShardGeneration {
  shardIndex: number;
  generation: number;
  fromSecond: number;
}

/**
 * Collects shard frames by second and says when a second is complete: every shard has either reported
 * that second (a shard cuts its seconds in order, so a later one counts too) or ended. A shard that stays
 * silent does not hold the run's live view back longer than the grace period.
 *
 * A shard may be reassigned (a new generation). Frames of an older generation still add their counts (they
 * were real requests), but not their VUs for seconds at or after a later generation took over: a frozen owner
 * that wakes up reports VUs that the new owner already runs. Only the current generation's frames say how far
 * a shard has got, and only its shard-end ends the shard.
 */
export class FrameMerger {
  private readonly pending = new Map<number, SecondTotals>();
  private readonly lastSecond = new Map<number, number>();
  private readonly ended = new Map<number, TStreamEntry & { type: "shard-end" }>();
  private readonly generations = new Map<number, ShardGeneration[]>();
  /** Shards given up on: their generator was lost and nobody replaces it. */
  private readonly abandoned = new Set<number>();

  constructor(
    private readonly shardCount: number,
    generations: ShardGeneration[] = [],
  ) {
    for (const g of generations) this.reassign(g.shardIndex, g.generation, g.fromSecond);
  }

  /** Shard `shardIndex` now belongs to `generation`, which runs it from `fromSecond` on. */
  reassign(shardIndex: number, generation: number, fromSecond: number) {
    const list = this.generations.get(shardIndex) ?? [];
    list.push({ shardIndex, generation, fromSecond });
    list.sort((a, b) => a.generation - b.generation);
    this.generations.set(shardIndex, list);
  }

  /** The shard's current generation (0 until it is reassigned). */
  currentGeneration(shardIndex: number): number {
    return this.generations.get(shardIndex)?.at(-1)?.generation ?? 0;
  }

  /** Stops waiting for a shard whose generator was lost and will not be replaced (onGeneratorLost "continue"). */
  abandon(shardIndex: number) {
    this.abandoned.add(shardIndex);
  }

  add(entry: TStreamEntry) {
    const generation = entry.generation ?? 0;
    const current = generation === this.currentGeneration(entry.shardIndex);
    if (entry.type === "shard-end") {
      if (current && !this.ended.has(entry.shardIndex)) this.ended.set(entry.shardIndex, entry);
      return;
    }
    const stale = this.isStale(entry.shardIndex, generation, entry.frame.second);
    this.addFrame(stale ? { ...entry.frame, vus: 0 } : entry.frame, entry);
    if (current) {
      const last = this.lastSecond.get(entry.shardIndex) ?? -1;
      this.lastSecond.set(entry.shardIndex, Math.max(entry.frame.second, last));
    }
  }

  /** True when a later generation of the shard had taken it over by `second`. */
  private isStale(shardIndex: number, generation: number, second: number): boolean {
    const list = this.generations.get(shardIndex) ?? [];
    return list.some((g) => g.generation > generation && g.fromSecond <= second);
  }

  private addFrame(frame: TShardFrame, writer: FrameWriter) {
    let acc = this.pending.get(frame.second);
    if (!acc) {
      acc = new SecondTotals(frame.second);
      this.pending.set(frame.second, acc);
    }
    acc.addFrame(frame, writer);
  }

  private complete(second: number): boolean {
    for (let shard = 0; shard < this.shardCount; shard++) {
      if (this.hasEnded(shard)) continue;
      if ((this.lastSecond.get(shard) ?? -1) < second) return false;
    }
    return true;
  }

  /** Removes and returns, oldest first, the seconds that are complete or older than the grace period. */
  takeReady(currentSecond: number, graceSeconds: number): SecondTotals[] {
    const ready = [...this.pending.keys()]
      .filter((s) => this.complete(s) || s < currentSecond - graceSeconds)
      .sort((a, b) => a - b);
    return ready.map((s) => {
      const acc = this.pending.get(s)!;
      this.pending.delete(s);
      return acc;
    });
  }

  /** Everything still pending, oldest first (the run is over). */
  takeAll(): SecondTotals[] {
    const all = [...this.pending.values()].sort((a, b) => a.second - b.second);
    this.pending.clear();
    return all;
  }

  allShardsEnded(): boolean {
    for (let shard = 0; shard < this.shardCount; shard++) if (!this.hasEnded(shard)) return false;
    return true;
  }

  /** Whether the shard's current generation has ended (or the shard was abandoned). */
  hasEnded(shardIndex: number): boolean {
    return this.ended.has(shardIndex) || this.abandoned.has(shardIndex);
  }

  /** The end of each shard's current generation, in the order they came. */
  shardEnds() {
    return [...this.ended.values()];
  }
}
