"use client";

import { useEffect, useState } from "react";
import type { Refusal } from "@/lib/api-refusal";
import { formatDateTime } from "@/lib/format";
import { type AuditEventView, summarizeAuditDetail } from "../audit/audit-format";
import { fetchAuditEvents } from "../audit/fetch-audit";
import { Card } from "../card";
import { RefusalAlert } from "../refusal-alert";
import { EmptyState } from "../table";

const POLL_MS = 5000;
const TAKE = 200;

/**
 * Who did what to this run (started it, stopped it, changed its speed), from the project's audit log, oldest
 * first. A live run is re-read every few seconds, since a stop or speed change may come from another tab or
 * the API; an ended one once more when it ends.
 */
export function RunActivity({ projectId, runId, live }: { projectId: string; runId: string; live: boolean }) {
  const [events, setEvents] = useState<AuditEventView[] | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  useEffect(() => {
    let cancelled = false;
    async function load() {
      const result = await fetchAuditEvents(projectId, { runId, take: TAKE });
      if (cancelled) return;
      setRefusal(result.ok ? null : result);
      if (result.ok) setEvents([...result.events].reverse());
    }
    void load();
    const timer = live ? setInterval(() => void load(), POLL_MS) : undefined;
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [projectId, runId, live]);

  return (
    <Card title="Activity">
      <RefusalAlert refusal={refusal} className="m-4" />
      {events === null ? (
        !refusal && <p className="px-4 py-3 text-sm text-slate-500">Loading…</p>
      ) : events.length === 0 ? (
        <EmptyState>No one has acted on this run (runs from before the audit log have no entries).</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="run-activity">
          {events.map((event) => (
            <li key={event.id} className="flex items-baseline gap-3 px-4 py-2 text-sm">
              <span className="w-44 shrink-0 font-mono text-xs text-slate-400">{formatDateTime(event.at)}</span>
              <span className="w-24 shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-center font-mono text-xs text-slate-600">
                {event.action}
              </span>
              <span className="min-w-0 text-slate-700">
                <span className="font-medium text-slate-900">{event.actorLabel}</span>
                {summarizeAuditDetail(event.detail) && (
                  <span className="ml-2 text-xs text-slate-500">{summarizeAuditDetail(event.detail)}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
