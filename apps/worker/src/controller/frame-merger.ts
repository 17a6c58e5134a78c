import type { TShardFrame } from "@stampede/contracts";
import type { TStreamEntry } from "@stampede/queue";
import { SecondTotals } from "@stampede/metrics";

/**
 * Collects shard frames by second and says when a second is complete: every shard has either reported
 * that second (a shard cuts its seconds in order, so a later one counts too) or ended. A shard that stays
 * silent does not hold the run's live view back longer than the grace period.
 */
export class FrameMerger {
  private readonly pending = new Map<number, SecondTotals>();
  private readonly lastSecond = new Map<number, number>();
  private readonly ended = new Map<number, TStreamEntry & { type: "shard-end" }>();

  constructor(private readonly shardCount: number) {}

  add(entry: TStreamEntry) {
    if (entry.type === "shard-end") {
      this.ended.set(entry.shardIndex, entry);
      return;
    }
    this.addFrame(entry.shardIndex, entry.frame);
  }

  private addFrame(shard: number, frame: TShardFrame) {
    let acc = this.pending.get(frame.second);
    if (!acc) {
      acc = new SecondTotals(frame.second);
      this.pending.set(frame.second, acc);
    }
    acc.addFrame(frame);
    this.lastSecond.set(shard, Math.max(frame.second, this.lastSecond.get(shard) ?? -1));
  }

  private complete(second: number): boolean {
    for (let shard = 0; shard < this.shardCount; shard++) {
      if (this.ended.has(shard)) continue;
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
    return this.ended.size >= this.shardCount;
  }

  shardEnds() {
    return [...this.ended.values()];
  }
}
