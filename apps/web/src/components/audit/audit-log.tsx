"use client";

import Link from "next/link";
import { useState } from "react";
import type { Refusal } from "@/lib/api-refusal";
import { formatDateTime } from "@/lib/format";
import { Card } from "../card";
import { BUTTON } from "../editor/fields/styles";
import { RefusalAlert } from "../refusal-alert";
import { EmptyState, Table, Td, Th } from "../table";
import {
  auditActionGroups,
  auditTargetHref,
  type AuditEventView,
  describeAuditTarget,
  filterByActionPrefix,
  summarizeAuditDetail,
} from "./audit-format";
import { fetchAuditEvents } from "./fetch-audit";

/** The audit log, newest first; older pages load on demand and the filter applies to what is loaded. */
export function AuditLog({
  projectId,
  initialEvents,
  pageSize,
}: {
  projectId: string;
  initialEvents: AuditEventView[];
  pageSize: number;
}) {
  const [events, setEvents] = useState(initialEvents);
  const [hasMore, setHasMore] = useState(initialEvents.length === pageSize);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [prefix, setPrefix] = useState("");
  const shown = filterByActionPrefix(events, prefix);

  async function loadOlder() {
    setBusy(true);
    const result = await fetchAuditEvents(projectId, { before: events.at(-1)?.id, take: pageSize });
    setBusy(false);
    if (!result.ok) {
      setRefusal(result);
      return;
    }
    setRefusal(null);
    setEvents((loaded) => [...loaded, ...result.events]);
    setHasMore(result.events.length === pageSize);
  }

  return (
    <Card
      actions={
        <label className="flex items-center gap-2 text-xs font-medium text-slate-600">
          Action
          <select
            value={prefix}
            onChange={(e) => setPrefix(e.target.value)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            <option value="">all</option>
            {auditActionGroups(events).map((group) => (
              <option key={group} value={group}>
                {group}.*
              </option>
            ))}
          </select>
        </label>
      }
      title={`${shown.length} entries${prefix ? ` under ${prefix}.*` : ""}${hasMore ? " (more older ones)" : ""}`}
    >
      {shown.length === 0 ? (
        <EmptyState>{events.length === 0 ? "Nothing recorded yet." : "No loaded entry matches the filter."}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Time</Th>
              <Th>Who</Th>
              <Th>Action</Th>
              <Th>Target</Th>
              <Th>Detail</Th>
            </tr>
          </thead>
          <tbody data-testid="audit-events">
            {shown.map((event) => (
              <AuditRow key={event.id} event={event} />
            ))}
          </tbody>
        </Table>
      )}
      <RefusalAlert refusal={refusal} className="m-4" />
      {hasMore && (
        <div className="border-t border-slate-100 p-3 text-center">
          <button type="button" onClick={() => void loadOlder()} disabled={busy} className={BUTTON}>
            {busy ? "Loading…" : "Load older"}
          </button>
        </div>
      )}
    </Card>
  );
}

function AuditRow({ event }: { event: AuditEventView }) {
  const href = auditTargetHref(event);
  const target = describeAuditTarget(event);
  return (
    <tr>
      <Td className="whitespace-nowrap font-mono text-xs text-slate-500">{formatDateTime(event.at)}</Td>
      <Td className="text-slate-900">
        {event.actorLabel}
        {event.actorType !== "user" && <span className="ml-1 text-xs text-slate-400">({event.actorType})</span>}
      </Td>
      <Td>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{event.action}</span>
      </Td>
      <Td className="max-w-xs truncate text-slate-700" title={target}>
        {href ? (
          <Link href={href} className="text-blue-700 hover:underline">
            {target}
          </Link>
        ) : (
          target
        )}
      </Td>
      <Td className="max-w-md truncate text-xs text-slate-600">{summarizeAuditDetail(event.detail)}</Td>
    </tr>
  );
}
