import { type Job, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { JOBS, QUEUES, type TScheduleFireJob } from "./names";

export type ScheduleQueue = Queue<TScheduleFireJob>;

export function createScheduleQueue(connection: Redis, prefix: string): ScheduleQueue {
  return new Queue<TScheduleFireJob>(QUEUES.schedules, { connection, prefix });
}

/** A schedule as saved (the columns the queue and the next-fire times read). */
export interface SavedSchedule {
  id: string;
  enabled: boolean;
  cron: string | null;
  runAt: Date | null;
  timezone: string;
  startAt: Date | null;
  endAt: Date | null;
  maxRuns: number | null;
  fireCount: number;
}

/** What the queue needs of a saved schedule to fire it at the right times. */
export interface SchedulePlan extends Omit<SavedSchedule, "maxRuns" | "fireCount"> {
  /** Fires left before maxRuns (null: no limit). */
  firesLeft: number | null;
}

/** The plan of a saved schedule: maxRuns less the fires so far. */
export function schedulePlanOf(s: SavedSchedule): SchedulePlan {
  return { ...s, firesLeft: s.maxRuns === null ? null : Math.max(0, s.maxRuns - s.fireCount) };
}

const KEEP = { removeOnComplete: { age: 24 * 3600, count: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } };

/** The delayed job of a one-off schedule (a job id of its own per runAt, so moving runAt leaves no stale job). */
function onceJobId(scheduleId: string, runAt: Date) {
  return `once-${scheduleId}-${runAt.getTime()}`;
}

/**
 * Makes the queue fire the schedule as saved: a job scheduler (one per schedule id, so every save replaces it)
 * for a cron schedule, a delayed job for a one-off; a paused, finished or deleted schedule has neither.
 */
export async function syncScheduleJobs(queue: ScheduleQueue, plan: SchedulePlan, now = new Date()): Promise<void> {
  await removeScheduleJobs(queue, plan.id);
  if (!plan.enabled || plan.firesLeft === 0) return;
  if (plan.endAt && plan.endAt <= now) return;
  if (plan.cron) {
    await queue.upsertJobScheduler(
      plan.id,
      {
        pattern: plan.cron,
        tz: plan.timezone,
        startDate: plan.startAt ?? undefined,
        endDate: plan.endAt ?? undefined,
        limit: plan.firesLeft ?? undefined,
      },
      { name: JOBS.scheduleFire, data: { scheduleId: plan.id }, opts: KEEP },
    );
  } else if (plan.runAt && plan.runAt > now) {
    const dueAt = plan.runAt.getTime();
    await queue.add(
      JOBS.scheduleFire,
      { scheduleId: plan.id, dueAt },
      { jobId: onceJobId(plan.id, plan.runAt), delay: dueAt - now.getTime(), ...KEEP },
    );
  }
}

/**
 * Whether Redis still holds what fires the schedule (its job scheduler, or a one-off's job in any state). At
 * start-up only schedules without it are put back: re-saving a live scheduler would replace its next job, and a
 * job already due (the ticks missed while no worker was up) would be lost instead of fired late.
 */
export async function scheduleJobsExist(queue: ScheduleQueue, plan: SchedulePlan): Promise<boolean> {
  if (plan.cron) return (await queue.getJobScheduler(plan.id)) !== undefined;
  if (!plan.runAt) return false;
  return (await queue.getJob(onceJobId(plan.id, plan.runAt))) !== undefined;
}

/** Stops a schedule from firing: its job scheduler and any delayed one-off job go. */
export async function removeScheduleJobs(queue: ScheduleQueue, scheduleId: string): Promise<void> {
  await queue.removeJobScheduler(scheduleId);
  const delayed = await queue.getDelayed();
  await Promise.all(
    delayed
      .filter((job) => job.data.scheduleId === scheduleId && job.id?.startsWith("once-"))
      .map((job) => job.remove()),
  );
}

/** When a fire job was due: a one-off carries it; a scheduler's job id is `repeat:<schedulerId>:<dueMillis>`. */
export function dueAtOfFireJob(job: Pick<Job<TScheduleFireJob>, "id" | "data" | "timestamp">): Date {
  if (job.data.dueAt !== undefined) return new Date(job.data.dueAt);
  const millis = Number(job.id?.split(":").at(-1));
  return new Date(Number.isFinite(millis) ? millis : job.timestamp);
}
