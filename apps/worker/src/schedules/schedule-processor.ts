import {
  createScheduleQueue,
  dueAtOfFireJob,
  QUEUES,
  type ScheduleQueue,
  schedulePlanOf,
  syncScheduleJobs,
  type TScheduleFireJob,
  ZScheduleFireJob,
} from "@stampede/queue";
import { fireMissedSchedules, fireSchedule, type RunLifecycleDeps } from "@stampede/runs";
import type { Job } from "bullmq";
import type { Logger } from "pino";
import type { ProcessorRegistration } from "../register-processors";

/**
 * Consumes the schedules queue: each job is one due time of one schedule, fired through the run lifecycle. A fire
 * that could not start its run is handed to `onFailed` (the worker notifies the schedule's subscribers).
 */
export function scheduleProcessor(
  deps: RunLifecycleDeps,
  onFailed: (fire: { scheduleId: string; dueAt: Date; reason: string }) => Promise<void> = async () => {},
): ProcessorRegistration {
  return {
    queue: QUEUES.schedules,
    // Overlap "queue" fires wait inside their job for the previous run: several at once.
    concurrency: 20,
    process: async (job) => {
      const data = ZScheduleFireJob.parse(job.data);
      const dueAt = dueAtOfFireJob({ ...(job as Job<TScheduleFireJob>), data });
      const result = await fireSchedule(deps, data.scheduleId, dueAt);
      if (result.outcome === "failed") {
        await onFailed({ scheduleId: data.scheduleId, dueAt, reason: result.reason ?? "the run could not start" });
      }
      return result;
    },
  };
}

/**
 * At start-up: puts every schedule's jobs back as saved (a Redis that lost its data lost them too), then applies
 * the missed-fire policy to due times that passed while no worker was up. Returns the queue to close.
 */
export async function resumeSchedules(
  deps: RunLifecycleDeps,
  connection: RunLifecycleDeps["redis"],
  logger: Logger,
): Promise<ScheduleQueue> {
  const queue = createScheduleQueue(connection, deps.prefix);
  queue.on("error", (err) => logger.warn({ err, queue: queue.name }, "queue connection error"));
  try {
    const schedules = await deps.db.schedule.findMany({ where: { enabled: true } });
    for (const s of schedules) await syncScheduleJobs(queue, schedulePlanOf(s));
    const missed = await fireMissedSchedules(deps);
    if (missed.length) logger.info({ missed }, "applied the missed-fire policy");
  } catch (err) {
    logger.error({ err }, "could not resume the schedules");
  }
  return queue;
}
