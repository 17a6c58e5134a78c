import {
  createScheduleQueue,
  dueAtOfFireJob,
  QUEUES,
  type ScheduleQueue,
  scheduleJobsExist,
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
/** Told of a fire that could not start its run (the worker notifies the schedule's subscribers). */
export type OnFireFailed = (fire: { scheduleId: string; dueAt: Date; reason: string }) => Promise<void>;

export function scheduleProcessor(
  deps: RunLifecycleDeps,
  onFailed: OnFireFailed = async () => {},
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
 * At start-up: puts back the jobs of schedules that Redis lost (a Redis restarted without its data), and applies
 * the missed-fire policy to their due times that passed meanwhile. Schedules whose jobs survived are left alone:
 * their job that came due while no worker was up is taken now, late, and fired as a missed fire.
 * Returns the queue to close.
 */
export async function resumeSchedules(
  deps: RunLifecycleDeps,
  connection: RunLifecycleDeps["redis"],
  logger: Logger,
  onFailed: OnFireFailed = async () => {},
): Promise<ScheduleQueue> {
  const queue = createScheduleQueue(connection, deps.prefix);
  queue.on("error", (err) => logger.warn({ err, queue: queue.name }, "queue connection error"));
  try {
    const schedules = await deps.db.schedule.findMany({ where: { enabled: true } });
    const restored: string[] = [];
    for (const s of schedules) {
      const plan = schedulePlanOf(s);
      const over = plan.firesLeft === 0 || (plan.endAt !== null && plan.endAt <= new Date());
      if (over || (await scheduleJobsExist(queue, plan))) continue;
      await syncScheduleJobs(queue, plan);
      restored.push(s.id);
    }
    if (restored.length) logger.info({ schedules: restored }, "put back schedules that Redis had lost");
    const missed = await fireMissedSchedules(deps, restored);
    if (missed.length) logger.info({ missed }, "applied the missed-fire policy");
    for (const fire of missed) {
      if (fire.outcome === "failed") await onFailed({ ...fire, reason: fire.reason ?? "the run could not start" });
    }
  } catch (err) {
    logger.error({ err }, "could not resume the schedules");
  }
  return queue;
}
