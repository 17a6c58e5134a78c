import { createScheduleQueue, type ScheduleQueue } from "@stampede/queue";
import { getEnv } from "./env";
import { warnThrottled } from "./log-throttled";
import { getRedis } from "./redis";

// One Queue per process; Next.js dev reloads modules, so it lives on globalThis.
const globalForQueue = globalThis as unknown as { stampedeScheduleQueue?: ScheduleQueue };

/** The schedules queue the web process saves job schedulers on (the workers consume it). */
export function getScheduleQueue(): ScheduleQueue {
  if (!globalForQueue.stampedeScheduleQueue) {
    const queue = createScheduleQueue(getRedis(), getEnv().STAMPEDE_REDIS_PREFIX);
    queue.on("error", (error: Error) => warnThrottled("queue", error.message));
    globalForQueue.stampedeScheduleQueue = queue;
  }
  return globalForQueue.stampedeScheduleQueue;
}
