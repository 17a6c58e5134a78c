import { z } from "zod";

/** What a generator accepts at once across all the shards it runs: VUs and iterations per second. */
export const ZGeneratorCapacity = z.object({
  maxVus: z.number().int().nonnegative(),
  maxRate: z.number().nonnegative(),
});
export type TGeneratorCapacity = z.infer<typeof ZGeneratorCapacity>;

/** One shard a generator is running now; `generation` tells a current owner from a stale one. */
export const ZGeneratorShardRef = z.object({
  runId: z.string().min(1),
  shardIndex: z.number().int().nonnegative(),
  generation: z.number().int().nonnegative(),
});
export type TGeneratorShardRef = z.infer<typeof ZGeneratorShardRef>;

/** A generator's heartbeat: who it is, where, what it accepts, how busy its process is. Times are epoch ms. */
export const ZGeneratorInfo = z.object({
  /** Unique: the worker's name, sanitised to [A-Za-z0-9_.-]. */
  id: z.string().regex(/^[A-Za-z0-9_.-]+$/),
  name: z.string().min(1),
  region: z.string().min(1),
  version: z.string(),
  capacity: ZGeneratorCapacity,
  /** CPU used since the last heartbeat, as a share of one core (1 = one core busy). */
  cpu: z.number().nonnegative(),
  /** Resident set size of the process. */
  memoryMb: z.number().nonnegative(),
  shards: z.array(ZGeneratorShardRef),
  startedAt: z.number().int(),
  heartbeatAt: z.number().int(),
});
export type TGeneratorInfo = z.infer<typeof ZGeneratorInfo>;

/** VUs and iterations per second: a shard's need, a reservation, or what a generator has free. */
export const ZLoadAmount = z.object({ vus: z.number().nonnegative(), rate: z.number().nonnegative() });
export type TLoadAmount = z.infer<typeof ZLoadAmount>;

/** Capacity held for one shard of a run on one generator, until the run ends or the shard moves. */
export const ZGeneratorReservation = ZLoadAmount.extend({
  runId: z.string().min(1),
  shardIndex: z.number().int().nonnegative(),
  generation: z.number().int().nonnegative(),
});
export type TGeneratorReservation = z.infer<typeof ZGeneratorReservation>;

/** A generator as the registry lists it: its last heartbeat, whether it is alive, what it holds and has free. */
export const ZGeneratorStatus = ZGeneratorInfo.extend({
  alive: z.boolean(),
  reservations: z.array(ZGeneratorReservation),
  reserved: ZLoadAmount,
  free: ZLoadAmount,
});
export type TGeneratorStatus = z.infer<typeof ZGeneratorStatus>;

/** A worker name made into a generator id: anything outside [A-Za-z0-9_.-] becomes "_". */
export function generatorIdOf(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, "_");
}
