import type { Metadata } from "next";
import { findAuditEvents } from "@stampede/db";
import { PageHeader } from "@/components/card";
import { AuditLog } from "@/components/audit/audit-log";
import { getDb } from "@/lib/db";
import { requireProject } from "@/server/auth/page-viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

/** Who did what in the current project: scenario and data changes, run starts and stops, members and keys. */
export default async function AuditPage() {
  const project = await requireProject("read");
  const events = await findAuditEvents(getDb(), { projectId: project.id, take: PAGE_SIZE });
  return (
    <>
      <PageHeader title="Audit log" subtitle={`Changes and runs in ${project.name}, newest first.`} />
      <AuditLog
        projectId={project.id}
        pageSize={PAGE_SIZE}
        initialEvents={events.map((e) => ({ ...e, at: e.at.toISOString() }))}
      />
    </>
  );
}
