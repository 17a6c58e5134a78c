import type { TShardFrame } from "@stampede/contracts";
import type { MetricsSink } from "@stampede/engine";
import type { RunChannel, TStreamEntry } from "@stampede/queue";

/**
 * The engine's metrics sink: frames are queued in memory and appended to the run's stream in order by a
 * single pump, so the engine never waits on Redis. If Redis is briefly unreachable the pump retries, and
 * nothing already measured is dropped.
 */
export class FrameShipper implements MetricsSink {
  private readonly queue: TStreamEntry[] = [];
  private pumping: Promise<void> | undefined;

  constructor(
    private readonly channel: RunChannel,
    private readonly shardIndex: number,
    private readonly onError: (error: unknown) => void = () => {},
    /**
     * Stamped on every entry, so the controller tells a shard's current owner from a stale one and knows which
     * generator (name, region) reported it.
     */
    private readonly writer: {
      generation?: number;
      generatorId?: string;
      generatorName?: string;
      region?: string;
    } = {},
    /** This process's resident memory in bytes, read as each frame leaves (the engine reads no process state). */
    private readonly rssBytes: () => number = () => process.memoryUsage.rss(),
  ) {}

  frame(frame: TShardFrame): void {
    frame.rssBytes = this.rssBytes();
    this.push({ type: "frame", shardIndex: this.shardIndex, frame });
  }

  push(entry: TStreamEntry): void {
    this.queue.push({ ...entry, ...this.writer });
    this.pumping ??= this.pump().finally(() => (this.pumping = undefined));
  }

  /** Resolves once every queued entry is in the stream. */
  async drain(): Promise<void> {
    while (this.pumping) await this.pumping;
  }

  private async pump() {
    let delay = 100;
    while (this.queue.length > 0) {
      try {
        await this.channel.append(this.queue[0]!);
        this.queue.shift();
        delay = 100;
      } catch (error) {
        this.onError(error);
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 5000);
      }
    }
  }
}
