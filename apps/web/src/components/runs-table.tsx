"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeLoad } from "@/lib/load-defaults";
import { formatAgo, formatDateTime, formatDuration, formatInt } from "@/lib/format";
import type { RunView } from "@/lib/run-view";
import { isTerminalRunStatus } from "@stampede/contracts";
import { PRIMARY_BUTTON } from "./editor/fields/styles";
import { DeleteRunButton } from "./report/delete-run-button";
import { RunAgainButton } from "./report/run-again-button";
import { StatusBadge } from "./status-badge";
import { EmptyState, Table, Td, Th } from "./table";
import { useCan } from "./viewer-context";

/** How many runs one comparison takes. */
const COMPARE_MIN = 2;
const COMPARE_MAX = 5;

/**
 * Runs, newest first, with their names; ticking 2–5 of them offers "Compare". Ended runs can be run again
 * (run permission) or deleted (edit permission). `now` (the server's render time) keeps relative times equal
 * on server and client.
 */
export function RunsTable({
  runs,
  showScenario = true,
  now,
}: {
  runs: RunView[];
  showScenario?: boolean;
  now?: string;
}) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const canRun = useCan("run");
  const canEdit = useCan("edit");
  if (runs.length === 0) return <EmptyState>No runs match. Start one from the scenarios list.</EmptyState>;
  const at = now ? new Date(now) : new Date();
  const toggle = (id: string) => setSelected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const comparable = selected.length >= COMPARE_MIN && selected.length <= COMPARE_MAX;
  return (
    <>
      <div className="flex items-center gap-3 border-b border-slate-100 px-4 py-2 text-sm text-slate-600">
        <button
          type="button"
          className={PRIMARY_BUTTON}
          disabled={!comparable}
          onClick={() => router.push(`/runs/compare?ids=${selected.join(",")}`)}
        >
          Compare{selected.length ? ` (${selected.length})` : ""}
        </button>
        <span className="text-xs text-slate-500">
          Tick {COMPARE_MIN} to {COMPARE_MAX} ended runs to compare them.
        </span>
      </div>
      <Table>
        <thead>
          <tr>
            <Th className="w-8">
              <span className="sr-only">Select</span>
            </Th>
            <Th>Run</Th>
            {showScenario && <Th>Scenario</Th>}
            <Th>Status</Th>
            <Th>Load</Th>
            <Th className="text-right">Requests</Th>
            <Th>Duration</Th>
            <Th>Trigger</Th>
            <Th>Created</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const ended = isTerminalRunStatus(run.status);
            const label = run.name ?? run.id.slice(-8);
            return (
              <tr key={run.id} className="hover:bg-slate-50" data-testid={`run-row-${run.id}`}>
                <Td>
                  <input
                    type="checkbox"
                    aria-label={`Select run ${label}`}
                    checked={selected.includes(run.id)}
                    disabled={!ended}
                    onChange={() => toggle(run.id)}
                  />
                </Td>
                <Td title={run.notes || undefined}>
                  <Link
                    href={`/runs/${run.id}`}
                    className={`${run.name ? "" : "font-mono text-xs"} font-medium text-blue-600 hover:underline`}
                  >
                    {label}
                  </Link>
                </Td>
                {showScenario && (
                  <Td>
                    <Link href={`/scenarios/${run.scenarioId}`} className="text-slate-800 hover:underline">
                      {run.scenarioName}
                    </Link>
                  </Td>
                )}
                <Td>
                  <StatusBadge status={run.status} />
                </Td>
                <Td className="text-slate-600">{describeLoad(run.load)}</Td>
                <Td className="text-right tabular-nums">{run.summary ? formatInt(run.summary.requests) : "—"}</Td>
                <Td className="text-slate-600">{runDuration(run, at)}</Td>
                <Td className="text-xs text-slate-500">{run.trigger}</Td>
                <Td className="text-slate-600" title={formatDateTime(run.createdAt)}>
                  {formatAgo(run.createdAt, at)}
                </Td>
                <Td className="whitespace-nowrap">
                  {ended && (
                    <span className="flex items-center gap-3">
                      {canRun && run.load && (
                        <RunAgainButton scenarioId={run.scenarioId} scenarioName={run.scenarioName} load={run.load} />
                      )}
                      {canEdit && <DeleteRunButton runId={run.id} label={label} />}
                    </span>
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}

function runDuration(run: RunView, now: Date): string {
  if (!run.startedAt) return "—";
  const end = run.endedAt ? new Date(run.endedAt) : now;
  // A TPS run's start is set a moment ahead (so every load generator is ready): not negative meanwhile.
  return formatDuration(Math.max(0, (end.getTime() - new Date(run.startedAt).getTime()) / 1000));
}
