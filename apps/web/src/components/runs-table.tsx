import Link from "next/link";
import { describeLoad } from "@/lib/load-defaults";
import { formatAgo, formatDateTime, formatDuration, formatInt } from "@/lib/format";
import type { RunView } from "@/lib/run-view";
import { StatusBadge } from "./status-badge";
import { EmptyState, Table, Td, Th } from "./table";

/** Runs, newest first. Server component: the relative times are as of this render. */
export function RunsTable({ runs, showScenario = true }: { runs: RunView[]; showScenario?: boolean }) {
  if (runs.length === 0) return <EmptyState>No runs yet. Start one from the scenarios list.</EmptyState>;
  const now = new Date();
  return (
    <Table>
      <thead>
        <tr>
          <Th>Run</Th>
          {showScenario && <Th>Scenario</Th>}
          <Th>Status</Th>
          <Th>Load</Th>
          <Th className="text-right">Requests</Th>
          <Th>Duration</Th>
          <Th>Trigger</Th>
          <Th>Created</Th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`/runs/${run.id}`} className="font-mono text-xs font-medium text-blue-600 hover:underline">
                {run.id.slice(-8)}
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
            <Td className="text-slate-600">{runDuration(run)}</Td>
            <Td className="text-xs text-slate-500">{run.trigger}</Td>
            <Td className="text-slate-600" title={formatDateTime(run.createdAt)}>
              {formatAgo(run.createdAt, now)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function runDuration(run: RunView): string {
  if (!run.startedAt) return "—";
  const end = run.endedAt ? new Date(run.endedAt) : new Date();
  // A TPS run's start is set a moment ahead (so every load generator is ready): not negative meanwhile.
  return formatDuration(Math.max(0, (end.getTime() - new Date(run.startedAt).getTime()) / 1000));
}
