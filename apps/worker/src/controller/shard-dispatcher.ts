import { createGeneratorShardQueue, enqueueShard, RunChannel, type TShardJob } from "@stampede/queue";
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";

/**
 * Hands shards to generators: writes the shard's lease (so a previous owner fences itself), then enqueues the
 * job on the owning generator's own queue. The job id names the shard and generation, so dispatching again (a
 * resumed controller) is a no-op.
 */
export class ShardDispatcher {
  private readonly queues = new Map<string, Queue<TShardJob>>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async dispatch(generatorId: string, job: TShardJob & { generation: number }): Promise<void> {
    await new RunChannel(this.redis, this.prefix, job.runId).writeShardLease(
      job.shardIndex,
      generatorId,
      job.generation,
    );
    await enqueueShard(this.queueOf(generatorId), job);
  }

  private queueOf(generatorId: string): Queue<TShardJob> {
    let queue = this.queues.get(generatorId);
    if (!queue) {
      queue = createGeneratorShardQueue(this.redis, this.prefix, generatorId);
      this.queues.set(generatorId, queue);
    }
    return queue;
  }

  async close() {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
