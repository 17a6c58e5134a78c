import { formatDateTime } from "../../lib/format";
import type { RunView } from "../../lib/run-view";

/** "Started by ana@example.com at 2026-12-01 10:00:00 UTC, compliance confirmed"; runs from before say "created". */
export function describeStarter(run: Pick<RunView, "startedBy" | "complianceConfirmedAt" | "createdAt">): string {
  if (!run.startedBy) return `created ${formatDateTime(run.createdAt)}`;
  const confirmed = run.complianceConfirmedAt ? ", compliance confirmed" : "";
  return `Started by ${run.startedBy} at ${formatDateTime(run.createdAt)}${confirmed}`;
}
