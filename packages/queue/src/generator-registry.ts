import {
  type TGeneratorInfo,
  type TGeneratorReservation,
  type TGeneratorStatus,
  type TLoadAmount,
  ZGeneratorInfo,
  ZLoadAmount,
} from "@stampede/contracts";
import type { Redis } from "ioredis";
import { z } from "zod";
import { generatorKeys } from "./keys";
import { withLock } from "./placement-lock";

/** A generator's live key outlasts many missed heartbeats (they come twice a second). */
const HEARTBEAT_TTL_MS = 15_000;
/** A generator whose last heartbeat is older than this is not alive (reported lost by the controller). */
export const GENERATOR_ALIVE_MS = 4000;
/** How long a generator that stopped heartbeating is still listed (as lost). */
export const GENERATOR_LISTED_MS = 10 * 60_000;
const LOCK_WAIT_MS = 5000;

const ZStoredReservation = ZLoadAmount.extend({ generation: z.number().int().nonnegative() });

/** Capacity to book for one shard on one generator. */
export type TReservationRequest = TGeneratorReservation & { generatorId: string };

/** The outcome of a booking: all of it, or none and why (someone took the capacity since the plan was made). */
export type TReserveResult = { ok: true } | { ok: false; reason: string };

const field = (runId: string, shardIndex: number) => `${runId}:${shardIndex}`;

function sum(amounts: TLoadAmount[]): TLoadAmount {
  return amounts.reduce((a, b) => ({ vus: a.vus + b.vus, rate: a.rate + b.rate }), { vus: 0, rate: 0 });
}

/**
 * The generator registry in Redis: each generator's heartbeat (who, where, capacity, load), and the capacity
 * runs have reserved on it. Bookings and releases run under one placement lock, so two controllers placing
 * runs at once never over-book a generator.
 */
export class GeneratorRegistry {
  private readonly keys: ReturnType<typeof generatorKeys>;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.keys = generatorKeys(prefix);
  }

  /** Records one heartbeat (sent every second by each generator process). */
  async heartbeat(info: TGeneratorInfo): Promise<void> {
    const json = JSON.stringify(ZGeneratorInfo.parse(info));
    await this.redis
      .multi()
      .set(this.keys.generator(info.id), json, "PX", HEARTBEAT_TTL_MS)
      .hset(this.keys.lastInfo, info.id, json)
      .zadd(this.keys.seen, info.heartbeatAt, info.id)
      .exec();
  }

  /**
   * A generator shutting down cleanly says so: it is listed as lost at once (not after 4 s of silence), so
   * no controller places a new shard on a process that is going away.
   */
  async signOff(id: string): Promise<void> {
    const raw = await this.redis.hget(this.keys.lastInfo, id);
    const info = raw ? ZGeneratorInfo.safeParse(JSON.parse(raw)) : undefined;
    const write = this.redis.multi().del(this.keys.generator(id));
    if (info?.success) write.hset(this.keys.lastInfo, id, JSON.stringify({ ...info.data, heartbeatAt: 0 }));
    await write.exec();
  }

  /** Every generator seen in the last 10 minutes, alive or not, with its reservations and free capacity. */
  async list(nowMs: number): Promise<TGeneratorStatus[]> {
    await this.forgetOlderThan(nowMs - GENERATOR_LISTED_MS);
    const ids = await this.redis.zrange(this.keys.seen, 0, -1);
    if (ids.length === 0) return [];
    const infos = await this.redis.hmget(this.keys.lastInfo, ...ids);
    const held = await this.reservationsOf(ids);
    const out: TGeneratorStatus[] = [];
    ids.forEach((id, i) => {
      const parsed = ZGeneratorInfo.safeParse(infos[i] ? JSON.parse(infos[i]!) : undefined);
      if (!parsed.success) return;
      const info = parsed.data;
      const reservations = held[i]!;
      const reserved = sum(reservations);
      const free = {
        vus: Math.max(0, info.capacity.maxVus - reserved.vus),
        rate: Math.max(0, info.capacity.maxRate - reserved.rate),
      };
      out.push({ ...info, alive: nowMs - info.heartbeatAt < GENERATOR_ALIVE_MS, reservations, reserved, free });
    });
    return out;
  }

  /**
   * Books capacity for a run's shards, all or nothing: each generator's capacity is checked against what is
   * reserved on it now (a shard's earlier booking, on any generator, is replaced, so a reassigned shard holds
   * capacity in one place only).
   */
  async reserve(requests: TReservationRequest[]): Promise<TReserveResult> {
    return withLock(this.redis, this.keys.placementLock, LOCK_WAIT_MS, async () => {
      const ids = await this.redis.zrange(this.keys.seen, 0, -1);
      const held = await this.reservationsOf(ids);
      const replaced = new Set(requests.map((r) => field(r.runId, r.shardIndex)));
      const shortfalls: string[] = [];
      for (const id of new Set(requests.map((r) => r.generatorId))) {
        const raw = await this.redis.hget(this.keys.lastInfo, id);
        const info = raw ? ZGeneratorInfo.safeParse(JSON.parse(raw)) : undefined;
        if (!info?.success) {
          shortfalls.push(`generator ${id} is not registered`);
          continue;
        }
        const kept = (held[ids.indexOf(id)] ?? []).filter((r) => !replaced.has(field(r.runId, r.shardIndex)));
        const total = sum([...kept, ...requests.filter((r) => r.generatorId === id)]);
        const { maxVus, maxRate } = info.data.capacity;
        if (total.vus > maxVus || total.rate > maxRate + 1e-6) {
          shortfalls.push(`generator ${info.data.name} has no room left (${maxVus - sum(kept).vus} VUs free)`);
        }
      }
      if (shortfalls.length > 0) return { ok: false, reason: shortfalls.join("; ") };
      const write = this.redis.multi();
      for (const id of ids) {
        const stale = requests.filter((r) => r.generatorId !== id).map((r) => field(r.runId, r.shardIndex));
        if (stale.length > 0) write.hdel(this.keys.reservations(id), ...stale);
      }
      for (const r of requests) {
        const stored = { vus: r.vus, rate: r.rate, generation: r.generation };
        write.hset(this.keys.reservations(r.generatorId), field(r.runId, r.shardIndex), JSON.stringify(stored));
      }
      await write.exec();
      return { ok: true };
    });
  }

  /** Gives back what a run (or one of its shards) holds, on every generator. Returns how many bookings went. */
  async release(runId: string, shardIndex?: number): Promise<number> {
    return withLock(this.redis, this.keys.placementLock, LOCK_WAIT_MS, async () => {
      const ids = await this.redis.zrange(this.keys.seen, 0, -1);
      const held = await this.reservationsOf(ids);
      const write = this.redis.multi();
      let released = 0;
      ids.forEach((id, i) => {
        const fields = held[i]!.filter(
          (r) => r.runId === runId && (shardIndex === undefined || r.shardIndex === shardIndex),
        );
        if (fields.length === 0) return;
        released += fields.length;
        write.hdel(this.keys.reservations(id), ...fields.map((r) => field(r.runId, r.shardIndex)));
      });
      await write.exec();
      return released;
    });
  }

  /** Drops generators not seen since `cutoffMs`, with what they held (their runs placed them long ago). */
  private async forgetOlderThan(cutoffMs: number): Promise<void> {
    const gone = await this.redis.zrangebyscore(this.keys.seen, "-inf", `(${cutoffMs}`);
    if (gone.length === 0) return;
    await this.redis
      .multi()
      .zrem(this.keys.seen, ...gone)
      .hdel(this.keys.lastInfo, ...gone)
      .del(...gone.map((id) => this.keys.reservations(id)))
      .exec();
  }

  private async reservationsOf(ids: string[]): Promise<TGeneratorReservation[][]> {
    if (ids.length === 0) return [];
    const read = this.redis.pipeline();
    for (const id of ids) read.hgetall(this.keys.reservations(id));
    const results = (await read.exec()) ?? [];
    return results.map(([error, value]) => {
      if (error) throw error;
      return Object.entries(value as Record<string, string>).flatMap(([key, raw]) => {
        const cut = key.lastIndexOf(":");
        const stored = ZStoredReservation.safeParse(JSON.parse(raw));
        if (!stored.success) return [];
        return [{ runId: key.slice(0, cut), shardIndex: Number(key.slice(cut + 1)), ...stored.data }];
      });
    });
  }
}
