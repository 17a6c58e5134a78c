import type { TGeneratorShardRef } from "@stampede/contracts";

/**
 * The shards this process runs now, for its heartbeat: a controller reads them to see which generation of a
 * shard is still being generated where. A shard counts from the job being taken until its work has ended.
 */
export class RunningShards {
  private readonly running = new Map<string, TGeneratorShardRef>();
  private seq = 0;

  /** Runs `work` for one shard, listed as running meanwhile (whether it ends well or throws). */
  async track<T>(shard: TGeneratorShardRef, work: () => Promise<T>): Promise<T> {
    // A key per call, not per shard: a stale and a current job of one shard may overlap on one process.
    const key = String(this.seq++);
    this.running.set(key, { runId: shard.runId, shardIndex: shard.shardIndex, generation: shard.generation });
    try {
      return await work();
    } finally {
      this.running.delete(key);
    }
  }

  /** The shards running now, in the order they started. */
  list(): TGeneratorShardRef[] {
    return [...this.running.values()];
  }
}
