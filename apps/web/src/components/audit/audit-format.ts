/** An audit-log entry as pages show it (the API's JSON: the id is a string, the time ISO). */
export interface AuditEventView {
  id: string;
  at: string;
  actorType: string;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  runId: string | null;
  detail: unknown;
}

const MAX_SUMMARY = 160;

function formatValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return JSON.stringify(value);
}

/** A detail object as one line (`scope: run, name: ci`), cut at a length a table cell can hold. */
export function summarizeAuditDetail(detail: unknown): string {
  if (detail === null || detail === undefined) return "";
  const text =
    typeof detail === "object" && !Array.isArray(detail)
      ? Object.entries(detail as Record<string, unknown>)
          .map(([key, value]) => `${key}: ${formatValue(value)}`)
          .join(", ")
      : formatValue(detail);
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}

/** What an entry was about, by the name its detail gives when it has one (a key's name, a member's e-mail). */
export function describeAuditTarget(event: Pick<AuditEventView, "targetType" | "targetId" | "detail">): string {
  const detail = (event.detail ?? {}) as Record<string, unknown>;
  const name = typeof detail.email === "string" ? detail.email : typeof detail.name === "string" ? detail.name : null;
  if (name) return `${event.targetType} ${name}`;
  return event.targetId ? `${event.targetType} ${event.targetId}` : event.targetType;
}

/** Where the console shows the target, for the ones that have a page. */
export function auditTargetHref(event: Pick<AuditEventView, "targetType" | "targetId" | "action">): string | null {
  if (!event.targetId) return null;
  if (event.targetType === "run" && event.action !== "run.delete") return `/runs/${encodeURIComponent(event.targetId)}`;
  if (event.targetType === "scenario" && event.action !== "scenario.delete")
    return `/scenarios/${encodeURIComponent(event.targetId)}`;
  return null;
}

/** The first segment of each action ("run" of "run.start"), sorted, for the page's filter. */
export function auditActionGroups(events: Pick<AuditEventView, "action">[]): string[] {
  return [...new Set(events.map((e) => e.action.split(".")[0]!))].sort();
}

/** Entries whose action is `prefix` or lies under it ("run" keeps run.start and run.stop, not "runner.x"). */
export function filterByActionPrefix<T extends Pick<AuditEventView, "action">>(events: T[], prefix: string): T[] {
  if (!prefix) return events;
  return events.filter((e) => e.action === prefix || e.action.startsWith(`${prefix}.`));
}
