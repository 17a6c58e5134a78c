import { JOBS } from "@stampede/queue";
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "pino";

/** How often the reconciler passes over the runs. */
export const RECONCILE_EVERY_MS = 5000;
const SCHEDULER_ID = "reconcile";

/** Creates (or confirms) the one reconciler scheduler; every worker does it, and it stays one scheduler. */
export async function upsertReconcileScheduler(queue: Queue): Promise<void> {
  await queue.upsertJobScheduler(
    SCHEDULER_ID,
    { every: RECONCILE_EVERY_MS },
    { name: JOBS.reconcile, opts: { removeOnComplete: true, removeOnFail: { count: 50 } } },
  );
}

/**
 * Upserts the scheduler now and again on every `ready` of `redis`: a Redis that restarted without its data has
 * lost the scheduler, and the first worker to reconnect puts it back. Returns a function that stops listening.
 */
export async function keepReconcileScheduled(queue: Queue, redis: Redis, logger: Logger): Promise<() => void> {
  const upsert = () =>
    upsertReconcileScheduler(queue).catch((err: unknown) =>
      logger.error({ err }, "could not schedule the reconciler; trying again when Redis is ready"),
    );
  const onReady = () => void upsert();
  redis.on("ready", onReady);
  await upsertReconcileScheduler(queue);
  return () => redis.off("ready", onReady);
}
