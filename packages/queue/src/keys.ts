/**
 * Every key lives under one prefix with a hash tag (`{stampede}`), so a Redis Cluster keeps a run's keys
 * and BullMQ's on one slot. Tests use a prefix of their own.
 */
export const DEFAULT_PREFIX = "{stampede}";

export function runKeys(prefix: string, runId: string) {
  const base = `${prefix}:run:${runId}`;
  return {
    /** Stream of shard frames (one entry per shard per second) and shard end markers. */
    metrics: `${base}:metrics`,
    /**
     * A shard's lease, `<generatorId>:<generation>`, written by the controller before it enqueues the shard: a
     * generator that finds another owner here stops the shard (fencing a stale owner).
     */
    shardOwner: (shardIndex: number) => `${base}:shard:${shardIndex}:owner`,
    /** Pub/sub channel for control messages to the run's load generators (stop). */
    control: `${base}:control`,
    /** Pub/sub channel of merged per-second points and status changes, for live viewers. */
    live: `${base}:live`,
    /** Set when a stop is asked, so a generator that subscribes late still sees it. */
    stop: `${base}:stop`,
    /** The latest speed asked for, so a generator that starts (or restarts) after the change applies it too. */
    speed: `${base}:speed`,
    /** The latest speed asked for per flow (a hash: flow name → value), cleared by a change for the whole run. */
    speedByFlow: `${base}:speed:flows`,
    /** The token provider's current token, shared by every load generator of the run. */
    token: `${base}:token`,
    /** Held by the one generator fetching a new token, so a platform is never stormed. */
    tokenLock: `${base}:token:lock`,
  };
}

/** Keys of the generator registry: heartbeats, last known infos, reservations and the placement lock. */
export function generatorKeys(prefix: string) {
  return {
    /** Sorted set: generator id scored by its last heartbeat (epoch ms). */
    seen: `${prefix}:generators`,
    /** Hash: generator id → its last heartbeat's info, kept while it is listed (the live key expires). */
    lastInfo: `${prefix}:generators:info`,
    /** Held only while a placement books capacity, so two controllers never over-book a generator. */
    placementLock: `${prefix}:placement:lock`,
    /** A generator's latest heartbeat; it expires when heartbeats stop. */
    generator: (id: string) => `${prefix}:generator:${id}`,
    /** Hash: `<runId>:<shardIndex>` → the reservation's JSON ({vus, rate, generation}). */
    reservations: (id: string) => `${prefix}:generator:${id}:reservations`,
  };
}
