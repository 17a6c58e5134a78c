import { createNotificationQueue } from "@stampede/queue";
import type { WorkerDeps } from "../deps";
import { notifyFireFailed, type NotifyDeps, notifyRunEnded } from "./notify";

// One Queue per worker process's connections (WorkerDeps), made on first use.
const queues = new WeakMap<WorkerDeps, NotifyDeps>();

/** The notification side of a worker's connections. */
export function notifyDepsOf(deps: WorkerDeps): NotifyDeps {
  let notify = queues.get(deps);
  if (!notify) {
    const queue = createNotificationQueue(deps.redis, deps.env.STAMPEDE_REDIS_PREFIX);
    // An unheard "error" of a Queue would end the process while Redis is down.
    queue.on("error", () => undefined);
    notify = { db: deps.db, queue, backoffMs: deps.env.STAMPEDE_NOTIFY_BACKOFF_MS };
    queues.set(deps, notify);
  }
  return notify;
}

/** Queues an ended run's notifications; a failure here is logged, never fails the run. */
export async function notifyRunEndedSafely(deps: WorkerDeps, runId: string, log: (line: string) => void) {
  try {
    await notifyRunEnded(notifyDepsOf(deps), runId);
  } catch (error) {
    log(`run ${runId}: could not queue its notifications (${(error as Error).message})`);
  }
}

/** Sends `schedule.fire_failed` for a fire that could not start its run; a failure here is logged. */
export async function notifyFireFailedSafely(
  deps: WorkerDeps,
  fire: { scheduleId: string; dueAt: Date; reason: string },
  log: (line: string) => void,
) {
  try {
    const schedule = await deps.db.schedule.findUnique({ where: { id: fire.scheduleId } });
    if (!schedule) return;
    await notifyFireFailed(notifyDepsOf(deps), {
      projectId: schedule.projectId,
      scheduleId: schedule.id,
      scheduleName: schedule.name,
      scenarioId: schedule.scenarioId,
      dueAt: fire.dueAt,
      reason: fire.reason,
    });
  } catch (error) {
    log(`schedule ${fire.scheduleId}: could not queue the failed fire's notifications (${(error as Error).message})`);
  }
}
