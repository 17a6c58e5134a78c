import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

/** How long a held lock lives if its holder dies before releasing it. */
const LOCK_TTL_MS = 5000;
const RETRY_MS = 25;

/** Deletes the lock only if this holder still has it (a lock that expired and was taken is not ours). */
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/**
 * Runs `fn` while holding a short Redis lock (`SET key token NX PX 5000`, released by token), waiting up to
 * `waitMs` for it. Keep `fn` well under the lock's life: a holder that outlives it is no longer exclusive.
 */
export async function withLock<T>(redis: Redis, key: string, waitMs: number, fn: () => Promise<T>): Promise<T> {
  const token = randomUUID();
  const deadline = Date.now() + waitMs;
  while ((await redis.set(key, token, "PX", LOCK_TTL_MS, "NX")) !== "OK") {
    if (Date.now() >= deadline) throw new Error(`lock ${key} still held by another holder after ${waitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  try {
    return await fn();
  } finally {
    await redis.eval(RELEASE, 1, key, token);
  }
}
