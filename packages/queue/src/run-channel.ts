import type { Redis } from "ioredis";
import { runKeys } from "./keys";
import { type TControlMessage, type TLiveMessage, type TStreamEntry, ZStreamEntry } from "./stream";

/** The value of a shard lease: which generator runs the shard, for which generation. */
export function shardLeaseOf(generatorId: string, generation: number): string {
  return `${generatorId}:${generation}`;
}

/** How long a finished run's stream and flags stay in Redis; Postgres holds the record for good. */
const RUN_KEY_TTL_SECONDS = 24 * 3600;

/** The Redis side of one run: metric stream, live channel, control channel, stop flag. */
export class RunChannel {
  readonly keys: ReturnType<typeof runKeys>;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    readonly runId: string,
  ) {
    this.keys = runKeys(prefix, runId);
  }

  async append(entry: TStreamEntry): Promise<string> {
    const id = await this.redis.xadd(this.keys.metrics, "*", "e", JSON.stringify(entry));
    return id!;
  }

  /** Reads entries after `cursor`, waiting up to `blockMs` for new ones. */
  async read(cursor: string, blockMs: number, count = 500): Promise<Array<{ id: string; entry: TStreamEntry }>> {
    const result = await this.redis.xread("COUNT", count, "BLOCK", blockMs, "STREAMS", this.keys.metrics, cursor);
    if (!result) return [];
    const out: Array<{ id: string; entry: TStreamEntry }> = [];
    for (const [, entries] of result) {
      for (const [id, fields] of entries) {
        const raw = fields[1];
        if (raw === undefined) continue;
        out.push({ id, entry: ZStreamEntry.parse(JSON.parse(raw)) });
      }
    }
    return out;
  }

  async publishLive(message: TLiveMessage): Promise<void> {
    await this.redis.publish(this.keys.live, JSON.stringify(message));
  }

  /** Raises the stop flag and tells every generator listening now. */
  async requestStop(): Promise<void> {
    await this.redis.set(this.keys.stop, "1", "EX", RUN_KEY_TTL_SECONDS);
    const message: TControlMessage = { type: "stop" };
    await this.redis.publish(this.keys.control, JSON.stringify(message));
  }

  /**
   * Tells every generator of the run to change speed (the whole run's VUs or rate, or with `flow` that flow's;
   * each generator takes its share). A change for the whole run replaces the per-flow ones before it.
   */
  async changeSpeed(value: number, flow?: string): Promise<void> {
    const message: TControlMessage = { type: "speed", value, flow };
    if (flow === undefined) {
      await this.redis
        .multi()
        .set(this.keys.speed, String(value), "EX", RUN_KEY_TTL_SECONDS)
        .del(this.keys.speedByFlow)
        .exec();
    } else {
      await this.redis
        .multi()
        .hset(this.keys.speedByFlow, flow, String(value))
        .expire(this.keys.speedByFlow, RUN_KEY_TTL_SECONDS)
        .exec();
    }
    await this.redis.publish(this.keys.control, JSON.stringify(message));
  }

  /** The latest speed asked for the whole run during the run, if any. */
  async currentSpeed(): Promise<number | undefined> {
    const raw = await this.redis.get(this.keys.speed);
    return raw === null ? undefined : Number(raw);
  }

  /** The latest speeds asked for, in the order to apply them: the whole run's, then each flow's since. */
  async currentSpeeds(): Promise<Array<{ value: number; flow?: string }>> {
    const [run, flows] = await Promise.all([this.currentSpeed(), this.redis.hgetall(this.keys.speedByFlow)]);
    return [
      ...(run === undefined ? [] : [{ value: run }]),
      ...Object.entries(flows).map(([flow, value]) => ({ value: Number(value), flow })),
    ];
  }

  async isStopRequested(): Promise<boolean> {
    return (await this.redis.exists(this.keys.stop)) === 1;
  }

  /** Gives shard `shardIndex` to one generation of one generator; the owner it replaces fences itself. */
  async writeShardLease(shardIndex: number, generatorId: string, generation: number): Promise<void> {
    await this.redis.set(
      this.keys.shardOwner(shardIndex),
      shardLeaseOf(generatorId, generation),
      "EX",
      RUN_KEY_TTL_SECONDS,
    );
  }

  /** The shard's current lease (`<generatorId>:<generation>`), or undefined when none is written. */
  async shardLease(shardIndex: number): Promise<string | undefined> {
    return (await this.redis.get(this.keys.shardOwner(shardIndex))) ?? undefined;
  }

  /** Removes the run's shard leases once the run has ended. */
  async deleteShardLeases(shardCount: number): Promise<void> {
    if (shardCount <= 0) return;
    await this.redis.del(...Array.from({ length: shardCount }, (_, i) => this.keys.shardOwner(i)));
  }

  /** Lets the run's keys expire once its record is in Postgres. */
  async expire(): Promise<void> {
    await this.redis
      .multi()
      .expire(this.keys.metrics, RUN_KEY_TTL_SECONDS)
      .expire(this.keys.stop, RUN_KEY_TTL_SECONDS)
      .del(this.keys.token, this.keys.tokenLock)
      .exec();
  }
}
