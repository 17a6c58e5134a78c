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

/** Consumes the schedules queue: each job is one due time of one schedule, fired through the run lifecycle. */
export function scheduleProcessor(deps: RunLifecycleDeps): ProcessorRegistration {
  return {
    queue: QUEUES.schedules,
    // Overlap "queue" fires wait inside their job for the previous run: several at once.
    concurrency: 20,
    process: (job) => {
      const data = ZScheduleFireJob.parse(job.data);
      return fireSchedule(deps, data.scheduleId, dueAtOfFireJob({ ...(job as Job<TScheduleFireJob>), data }));
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
