import type { TRunStatus } from "@stampede/contracts";

const STYLES: Record<TRunStatus, string> = {
  QUEUED: "bg-slate-100 text-slate-700 ring-slate-300",
  RUNNING: "bg-blue-50 text-blue-700 ring-blue-300",
  STOPPING: "bg-amber-50 text-amber-700 ring-amber-300",
  FINISHED: "bg-emerald-50 text-emerald-700 ring-emerald-300",
  STOPPED: "bg-orange-50 text-orange-700 ring-orange-300",
  FAILED: "bg-red-50 text-red-700 ring-red-300",
};

/** A run status pill; a pulsing dot while the run is live. Usable from server and client components. */
export function StatusBadge({ status, testId }: { status: TRunStatus; testId?: string }) {
  const live = status === "RUNNING" || status === "STOPPING";
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[status]}`}
    >
      {live && <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-current" aria-hidden="true" />}
      <span data-testid={testId}>{status}</span>
    </span>
  );
}
