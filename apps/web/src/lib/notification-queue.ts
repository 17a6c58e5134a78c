import { createNotificationQueue } from "@stampede/queue";
import { getRedis } from "./redis";
import { getEnv } from "./env";
import { warnThrottled } from "./log-throttled";

type NotificationQueue = ReturnType<typeof createNotificationQueue>;
const globalForQueue = globalThis as unknown as { stampedeNotificationQueue?: NotificationQueue };

/** The queue the workers send notifications from (one per process, like the run queue). */
export function getNotificationQueue(): NotificationQueue {
  if (!globalForQueue.stampedeNotificationQueue) {
    const queue = createNotificationQueue(getRedis(), getEnv().STAMPEDE_REDIS_PREFIX);
    queue.on("error", (error: Error) => warnThrottled("queue", error.message));
    globalForQueue.stampedeNotificationQueue = queue;
  }
  return globalForQueue.stampedeNotificationQueue;
}
