/** What the watch reads from Redis each second (a RunChannel). */
export interface ShardWatchSource {
  isStopRequested(): Promise<boolean>;
  shardLease(shardIndex: number): Promise<string | undefined>;
}

/** Why a running shard must end early. */
export type ShardInterruption = "stopped" | "fenced";

/**
 * Polls, once a second, the run's stop flag (the backup for the control channel) and the shard's lease. When
 * the lease names another owner — the controller gave the shard to another generator while this one was
 * frozen or cut off — this owner is stale and must stop, so the shard never runs twice. A shard without a lease
 * of its own (a job queued before leases) is only stopped by the flag.
 */
export class ShardWatch {
  private timer: NodeJS.Timeout | undefined;
  private fired = false;

  constructor(
    private readonly source: ShardWatchSource,
    private readonly shardIndex: number,
    /** This generator's lease for the shard (`<generatorId>:<generation>`), if the job has one. */
    private readonly ownLease: string | undefined,
    private readonly onInterrupt: (why: ShardInterruption) => void,
  ) {}

  /** Reads both once; interrupts (at most once) when one says so. Redis errors are left to the next poll. */
  async check(): Promise<ShardInterruption | undefined> {
    const why = await this.read().catch(() => undefined);
    if (why && !this.fired) {
      this.fired = true;
      this.onInterrupt(why);
    }
    return why;
  }

  start(intervalMs = 1000) {
    this.timer ??= setInterval(() => void this.check(), intervalMs);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async read(): Promise<ShardInterruption | undefined> {
    const [stop, lease] = await Promise.all([
      this.source.isStopRequested(),
      this.ownLease === undefined ? undefined : this.source.shardLease(this.shardIndex),
    ]);
    // A stale owner says "fenced" even when a stop came too: the shard is not its own to stop.
    if (lease !== undefined && lease !== this.ownLease) return "fenced";
    return stop ? "stopped" : undefined;
  }
}
