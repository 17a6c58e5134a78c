import { Redis, type RedisOptions } from "ioredis";

/**
 * A Redis connection for BullMQ and streams. Workers need `maxRetriesPerRequest: null` (blocking
 * commands must wait through reconnects); producers use the same so one factory fits both.
 */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}

/** Fails fast with a message a person can act on when Redis is not there. */
export async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const where = new URL(url);
    throw new Error(
      `Cannot reach Redis at ${where.hostname}:${where.port || 6379} (${(error as Error).message}).\n` +
        `  Start it (for example: docker compose up -d postgres redis) or set REDIS_URL to a reachable server.`,
    );
  } finally {
    redis.disconnect();
  }
}

/**
 * Whether an error means Redis is down or unreachable (an API answers 503, a worker waits for the reconnect),
 * as opposed to a command Redis refused: ioredis gave up on the command after its retries, or the connection
 * was closed under it.
 */
export function isRedisUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "MaxRetriesPerRequestError") return true;
  return error.message === "Connection is closed.";
}
