import type { Permission } from "@stampede/contracts";
import { NotFoundError } from "@stampede/db";
import { getDb } from "@/lib/db";
import type { Access, Actor } from "@/server/auth/actor";
import { authorize } from "@/server/auth/route";

/** Authorizes an action on a schedule by the project it belongs to (404 when there is no such schedule). */
export async function authorizeSchedule(actor: Actor, scheduleId: string, permission: Permission): Promise<Access> {
  const row = await getDb().schedule.findUnique({ where: { id: scheduleId }, select: { projectId: true } });
  if (!row) throw new NotFoundError("schedule", scheduleId);
  return authorize(actor, row.projectId, permission);
}
