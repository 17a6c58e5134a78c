import { callApi } from "@/lib/call-api";
import type { AuditEventView } from "./audit-format";

/** A page of a project's audit log, newest first: older than `before` (an entry id), or one run's entries. */
export async function fetchAuditEvents(projectId: string, query: { before?: string; runId?: string; take: number }) {
  const params = new URLSearchParams({ take: String(query.take) });
  if (query.before) params.set("before", query.before);
  if (query.runId) params.set("runId", query.runId);
  const result = await callApi<{ events: AuditEventView[] }>(
    `/api/v1/projects/${encodeURIComponent(projectId)}/audit?${params}`,
  );
  return result.ok ? { ok: true as const, events: result.body.events } : result;
}
