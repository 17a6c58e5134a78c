import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";

export interface AuditEntry {
  projectId: string;
  actorType: "user" | "key" | "system";
  actorId?: string;
  actorLabel: string;
  /** Dotted verb: "scenario.create", "run.start", "member.add", "key.revoke", ... */
  action: string;
  targetType: string;
  targetId?: string;
  runId?: string;
  detail?: unknown;
}

export async function recordAuditEvent(db: Db, entry: AuditEntry) {
  await db.auditEvent.create({
    data: {
      projectId: entry.projectId,
      actorType: entry.actorType,
      actorId: entry.actorId ?? null,
      actorLabel: entry.actorLabel,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      runId: entry.runId ?? null,
      detail: (entry.detail ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}

export async function findAuditEvents(
  db: Db,
  options: { projectId: string; runId?: string; before?: bigint; take?: number },
) {
  const rows = await db.auditEvent.findMany({
    where: {
      projectId: options.projectId,
      runId: options.runId,
      id: options.before ? { lt: options.before } : undefined,
    },
    orderBy: { id: "desc" },
    take: options.take ?? 100,
  });
  return rows.map((r) => ({ ...r, id: r.id.toString() }));
}
