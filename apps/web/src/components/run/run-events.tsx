import { formatDateTime } from "@/lib/format";
import type { RunEventView } from "@/lib/run-view";
import { Card } from "../card";
import { EmptyState } from "../table";

/** What happened during the run (workers joined, stop asked, conditions fired), oldest first. */
export function RunEvents({ events, startedAt }: { events: RunEventView[]; startedAt: string | null }) {
  const origin = startedAt ? new Date(startedAt).getTime() : null;
  return (
    <Card title="Events">
      {events.length === 0 ? (
        <EmptyState>No events yet.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="run-events">
          {events.map((event) => (
            <li key={event.id} className="flex items-baseline gap-3 px-4 py-2 text-sm">
              <span
                className="w-14 shrink-0 text-right font-mono text-xs text-slate-400"
                title={formatDateTime(event.at)}
              >
                {origin === null ? "" : offset(new Date(event.at).getTime() - origin)}
              </span>
              <span
                title={event.kind}
                className="w-28 shrink-0 truncate rounded bg-slate-100 px-1.5 py-0.5 text-center font-mono text-xs text-slate-600"
              >
                {event.kind}
              </span>
              <span className="min-w-0 text-slate-700">{event.message}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** "+12s" from the run's start; events before it (queueing) show a minus. */
function offset(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${s < 0 ? "−" : "+"}${Math.abs(s)}s`;
}
