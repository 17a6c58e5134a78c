import type { Db } from "@stampede/db";
import { type createRedis, type createRunControlQueue, RunChannel } from "@stampede/queue";
import { REDIS_TIMEOUT_MS } from "./with-timeout";

/** The run-control queue the controllers consume (jobId = run id). */
export type RunControlQueue = ReturnType<typeof createRunControlQueue>;

/** What every lifecycle function works on; the caller owns the connections and closes them. */
export interface RunLifecycleDeps {
  db: Db;
  runControlQueue: RunControlQueue;
  /** A command connection (never a subscriber) for the runs' stop flag, speed and live channel. */
  redis: ReturnType<typeof createRedis>;
  /** The Redis key prefix, with its hash tag (STAMPEDE_REDIS_PREFIX); the workers must use the same. */
  prefix: string;
  /** How long a call waits on Redis before it answers "unavailable"; REDIS_TIMEOUT_MS when not given. */
  redisTimeoutMs?: number;
  /**
   * The instance's target allowlist entries (contracts' instanceAllowlist: loopback, the demo target,
   * STAMPEDE_TARGET_ALLOWLIST), under every project's own. Absent: loopback only.
   */
  targetAllowlist?: readonly string[];
}

export function runChannelOf(deps: RunLifecycleDeps, runId: string): RunChannel {
  return new RunChannel(deps.redis, deps.prefix, runId);
}

export function redisTimeoutOf(deps: RunLifecycleDeps): number {
  return deps.redisTimeoutMs ?? REDIS_TIMEOUT_MS;
}
