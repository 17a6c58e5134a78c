import type { Permission } from "@stampede/contracts";
import { NotFoundError } from "@stampede/db";
import { getDb } from "@/lib/db";
import type { Access, Actor } from "./actor";
import { authorize } from "./route";

/** Authorizes an action on a scenario by the project it belongs to (404 when there is no such scenario). */
export async function authorizeScenario(actor: Actor, scenarioId: string, permission: Permission): Promise<Access> {
  const row = await getDb().scenario.findUnique({ where: { id: scenarioId }, select: { projectId: true } });
  if (!row) throw new NotFoundError("scenario", scenarioId);
  return authorize(actor, row.projectId, permission);
}

/** Authorizes an action on a run by the project it belongs to (404 when there is no such run). */
export async function authorizeRun(actor: Actor, runId: string, permission: Permission): Promise<Access> {
  const row = await getDb().run.findUnique({ where: { id: runId }, select: { projectId: true } });
  if (!row) throw new NotFoundError("run", runId);
  return authorize(actor, row.projectId, permission);
}

/** Authorizes an action on a notification channel by its project (404 when there is no such channel). */
export async function authorizeChannel(actor: Actor, channelId: string, permission: Permission): Promise<Access> {
  const row = await getDb().notificationChannel.findUnique({ where: { id: channelId }, select: { projectId: true } });
  if (!row) throw new NotFoundError("channel", channelId);
  return authorize(actor, row.projectId, permission);
}
