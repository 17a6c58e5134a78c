import type { TNotificationEvent, TNotificationPayload } from "@stampede/contracts";
import { channelsForEvent, createDelivery, type PrismaClient } from "@stampede/db";
import { runNotification } from "./run-payload";
import { enqueueNotification, type createNotificationQueue } from "@stampede/queue";

export type NotificationQueue = ReturnType<typeof createNotificationQueue>;

/** Where notifications are recorded and queued; backoffMs shortens the retry wait (tests). */
export interface NotifyDeps {
  db: PrismaClient;
  queue: NotificationQueue;
  backoffMs?: number;
}

/**
 * Records a delivery for every channel subscribed to the event (project-wide, or to the scenario or schedule)
 * and queues each; returns the delivery ids.
 */
export async function dispatchNotification(
  deps: NotifyDeps,
  scope: { projectId: string; event: TNotificationEvent; scenarioId?: string | null; scheduleId?: string | null },
  payload: TNotificationPayload,
): Promise<string[]> {
  const ids: string[] = [];
  for (const channelId of await channelsForEvent(deps.db, scope)) {
    const id = await createDelivery(deps.db, channelId, scope.event, payload);
    await enqueueNotification(deps.queue, id, deps.backoffMs);
    ids.push(id);
  }
  return ids;
}

/** Tells the schedule's subscribers that a fire failed (the scheduler calls this). */
export async function notifyFireFailed(
  deps: NotifyDeps,
  fire: {
    projectId: string;
    scheduleId: string;
    scheduleName: string;
    scenarioId: string;
    dueAt: Date;
    reason: string;
  },
): Promise<string[]> {
  const payload: TNotificationPayload = {
    event: "schedule.fire_failed",
    at: new Date().toISOString(),
    projectId: fire.projectId,
    schedule: {
      id: fire.scheduleId,
      name: fire.scheduleName,
      scenarioId: fire.scenarioId,
      dueAt: fire.dueAt.toISOString(),
      reason: fire.reason,
    },
  };
  return dispatchNotification(
    deps,
    {
      projectId: fire.projectId,
      event: "schedule.fire_failed",
      scenarioId: fire.scenarioId,
      scheduleId: fire.scheduleId,
    },
    payload,
  );
}

/**
 * Tells the subscribers that a run ended: one delivery per channel and event (a regression against the
 * baseline is an event of its own, with the same payload). A channel subscribed to both gets both.
 */
export async function notifyRunEnded(deps: NotifyDeps, runId: string): Promise<string[]> {
  const notification = await runNotification(deps.db, runId);
  if (!notification) return [];
  const comparison = notification.payload.run?.comparison;
  // A scheduled run's fire records whether it regressed, for the schedule's history.
  if (notification.scheduleId && comparison) {
    await deps.db.scheduleFire.updateMany({ where: { runId }, data: { regression: comparison.regression } });
  }
  const ids: string[] = [];
  for (const event of notification.events) {
    const scope = {
      projectId: notification.payload.projectId,
      event,
      scenarioId: notification.scenarioId,
      scheduleId: notification.scheduleId,
    };
    ids.push(...(await dispatchNotification(deps, scope, { ...notification.payload, event })));
  }
  return ids;
}
