import { recordAuditEvent } from "@stampede/db";
import { getDb } from "@/lib/db";
import type { Access } from "@/server/auth/actor";

/** Writes one audit-log entry for what an authorized actor just did in its project. */
export async function recordAudit(
  access: Access,
  action: string,
  target: { type: string; id?: string; runId?: string },
  detail?: unknown,
): Promise<void> {
  const { actor } = access;
  await recordAuditEvent(getDb(), {
    projectId: access.projectId,
    actorType: actor.kind,
    actorId: actor.kind === "user" ? actor.userId : actor.keyId,
    actorLabel: actor.label,
    action,
    targetType: target.type,
    targetId: target.id,
    runId: target.runId,
    detail,
  });
}
