import type { ShardTotals } from "@stampede/db";
import { createHistogram, decodeHistogram, encodeHistogram, type Histogram, summarizeLatency } from "@stampede/metrics";
import type { TStreamEntry } from "@stampede/queue";

interface Running {
  shardIndex: number;
  generation: number;
  requests: number;
  failures: number;
  iterations: number;
  lastSecond: number;
  latency: Histogram;
}

/** One generation of one shard and what it has delivered so far. */
export interface ShardTotalsUpdate {
  shardIndex: number;
  generation: number;
  /** This generation's first report: its shard is running. */
  first: boolean;
  totals: ShardTotals;
}

/**
 * Adds up each shard generation's frames as they are read from the run's stream (every step merged), so the
 * run page and the report can show load and latency per generator and per region. The controller replays the
 * stream from its start when it resumes, so these totals are always complete, and are stored as they stand.
 */
export class ShardTotalsTracker {
  private readonly running = new Map<string, Running>();
  private readonly changed = new Set<string>();
  private readonly reported = new Set<string>();

  add(entry: TStreamEntry) {
    if (entry.type !== "frame") return;
    const generation = entry.generation ?? 0;
    const key = `${entry.shardIndex}:${generation}`;
    let r = this.running.get(key);
    if (!r) {
      r = {
        shardIndex: entry.shardIndex,
        generation,
        requests: 0,
        failures: 0,
        iterations: 0,
        lastSecond: -1,
        latency: createHistogram(),
      };
      this.running.set(key, r);
    }
    r.iterations += entry.frame.iterations;
    r.lastSecond = Math.max(r.lastSecond, entry.frame.second);
    for (const step of entry.frame.steps) {
      r.requests += step.requests;
      r.failures += step.failures;
      if (!step.histogram) continue;
      const h = decodeHistogram(step.histogram);
      r.latency.add(h);
      h.destroy();
    }
    this.changed.add(key);
  }

  /** The totals of every shard generation that got frames since the last call. */
  takeChanged(): ShardTotalsUpdate[] {
    const out = [...this.changed].map((key) => {
      const r = this.running.get(key)!;
      const latency = summarizeLatency(r.latency);
      const first = !this.reported.has(key);
      this.reported.add(key);
      return {
        shardIndex: r.shardIndex,
        generation: r.generation,
        first,
        totals: {
          requests: r.requests,
          failures: r.failures,
          iterations: r.iterations,
          histogram: encodeHistogram(r.latency),
          p50Ms: latency.p50,
          p95Ms: latency.p95,
          p99Ms: latency.p99,
        },
      };
    });
    this.changed.clear();
    return out;
  }

  /** The last second one generation of a shard reported, if it reported any. */
  lastSecond(shardIndex: number, generation: number): number | undefined {
    const r = this.running.get(`${shardIndex}:${generation}`);
    return r && r.lastSecond >= 0 ? r.lastSecond : undefined;
  }

  destroy() {
    for (const r of this.running.values()) r.latency.destroy();
    this.running.clear();
  }
}
