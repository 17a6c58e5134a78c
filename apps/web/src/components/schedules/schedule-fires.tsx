import Link from "next/link";
import { EmptyState, Table, Td, Th } from "@/components/table";
import { formatDateTime } from "@/lib/format";
import type { FireView } from "./schedule-view";

/**
 * A schedule's fire history: when each fire was due, what came of it and why, its run with the run's status,
 * and whether that run regressed against the scenario's baseline once it ended.
 */
export function ScheduleFires({ fires }: { fires: FireView[] }) {
  if (fires.length === 0) return <EmptyState>No fires yet.</EmptyState>;
  return (
    <Table>
      <thead>
        <tr>
          <Th>Due</Th>
          <Th>Outcome</Th>
          <Th>Reason</Th>
          <Th>Run</Th>
          <Th>Status</Th>
          <Th>Against baseline</Th>
        </tr>
      </thead>
      <tbody>
        {fires.map((f) => (
          <tr key={f.id}>
            <Td>{formatDateTime(f.dueAt)}</Td>
            <Td>{f.outcome}</Td>
            <Td className="text-xs text-slate-500">{f.reason ?? ""}</Td>
            <Td>
              {f.runId && (
                <Link href={`/runs/${f.runId}`} className="text-blue-600 hover:underline">
                  {f.runId}
                </Link>
              )}
            </Td>
            <Td className="text-xs">{f.runStatus ?? ""}</Td>
            <Td className="text-xs" data-testid="fire-regression">
              <RegressionFlag regression={f.regression} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function RegressionFlag({ regression }: { regression?: boolean | null }) {
  if (regression === true) return <span className="font-medium text-red-700">regression</span>;
  if (regression === false) return <span className="text-emerald-700">within tolerance</span>;
  return null;
}
