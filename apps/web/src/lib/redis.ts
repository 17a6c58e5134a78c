import { createRedis, createRunControlQueue } from "@stampede/queue";
import { getEnv } from "./env";
import { warnThrottled } from "./log-throttled";

type Redis = ReturnType<typeof createRedis>;
type RunControlQueue = ReturnType<typeof createRunControlQueue>;

// One connection and one Queue per process; Next.js dev reloads modules, so they live on globalThis.
const globalForRedis = globalThis as unknown as { stampedeRedis?: Redis; stampedeRunQueue?: RunControlQueue };

/**
 * The shared command connection. Unlike a worker's, its commands give up after a few retries, so an API
 * request answers 503 when Redis is down instead of hanging until the browser gives up.
 */
export function getRedis(): Redis {
  if (!globalForRedis.stampedeRedis) {
    const redis = createRedis(getEnv().REDIS_URL, { maxRetriesPerRequest: 2 });
    redis.on("error", (error: Error) => warnThrottled("redis", error.message));
    globalForRedis.stampedeRedis = redis;
  }
  return globalForRedis.stampedeRedis;
}

export function getRunControlQueue(): RunControlQueue {
  if (!globalForRedis.stampedeRunQueue) {
    const queue = createRunControlQueue(getRedis(), getEnv().STAMPEDE_REDIS_PREFIX);
    // A Queue is an EventEmitter: an "error" with no listener would take the whole web process down.
    queue.on("error", (error: Error) => warnThrottled("queue", error.message));
    globalForRedis.stampedeRunQueue = queue;
  }
  return globalForRedis.stampedeRunQueue;
}

/**
 * A connection of its own for one SSE stream: a subscribed connection can do nothing else. The caller closes
 * it. Limited retries make the first SUBSCRIBE fail (500) when Redis is down instead of hanging the request;
 * ioredis still re-subscribes by itself after a later reconnect.
 */
export function createSubscriber(): Redis {
  // No ready check: its INFO is the one command ioredis sends by itself, and a subscribed connection
  // refuses it ("Connection in subscriber mode"), which has been seen to lose the subscription.
  return createRedis(getEnv().REDIS_URL, { maxRetriesPerRequest: 2, enableReadyCheck: false });
}
