import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { JOBS, QUEUES, type TNotifyJob, type TRunStartJob, type TShardJob } from "./names";

export function createRunControlQueue(connection: Redis, prefix: string) {
  return new Queue<TRunStartJob>(QUEUES.runControl, { connection, prefix });
}

/** @deprecated The shared shard queue; use createGeneratorShardQueue. */
export function createLoadShardQueue(connection: Redis, prefix: string) {
  return new Queue<TShardJob>(QUEUES.loadShard, { connection, prefix });
}

/** The shard queue of one generator (it alone consumes it). */
export function createGeneratorShardQueue(connection: Redis, prefix: string, generatorId: string) {
  return new Queue<TShardJob>(QUEUES.generatorShards(generatorId), { connection, prefix });
}

/** A shard job's id: one per shard and lease generation, so a resumed controller's re-enqueue is a no-op. */
export function shardJobId(job: Pick<TShardJob, "runId" | "shardIndex" | "generation">): string {
  return `${job.runId}-${job.shardIndex}-g${job.generation ?? 0}`;
}

/** The housekeeping queue (the reconciler's scheduler and its jobs). */
export function createMaintenanceQueue(connection: Redis, prefix: string) {
  return new Queue(QUEUES.maintenance, { connection, prefix });
}

const KEEP = { removeOnComplete: { age: 24 * 3600, count: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } };

/** Hands a run to the controllers. The jobId is the run id: a second call for the same run is a no-op. */
export async function enqueueRunStart(queue: Queue<TRunStartJob>, runId: string) {
  await queue.add(JOBS.runStart, { runId }, { jobId: runId, ...KEEP });
}

/** Hands one shard to a load generator; the jobId makes a controller restart re-enqueue harmlessly. */
export async function enqueueShard(queue: Queue<TShardJob>, job: TShardJob) {
  await queue.add(JOBS.shardExecute, job, { jobId: shardJobId(job), ...KEEP });
}

/** Removes a run's control job if no controller took it yet (a run stopped while QUEUED). */
export async function removeQueuedRunStart(queue: Queue<TRunStartJob>, runId: string) {
  const job = await queue.getJob(runId);
  if (job && (await job.isWaiting())) await job.remove().catch(() => undefined);
}

export function createNotificationQueue(connection: Redis, prefix: string) {
  return new Queue<TNotifyJob>(QUEUES.notifications, { connection, prefix });
}

/** How often and how soon a failed notification is tried again: 5 attempts, exponential backoff from 2 s. */
export const NOTIFY_ATTEMPTS = 5;
export const NOTIFY_BACKOFF_MS = 2000;

/** Queues one delivery; the jobId is the delivery id, so queueing it twice sends it once. */
export async function enqueueNotification(
  queue: Queue<TNotifyJob>,
  deliveryId: string,
  backoffMs: number = NOTIFY_BACKOFF_MS,
) {
  await queue.add(
    JOBS.notify,
    { deliveryId },
    { jobId: deliveryId, attempts: NOTIFY_ATTEMPTS, backoff: { type: "exponential", delay: backoffMs }, ...KEEP },
  );
}
