import Link from "next/link";
import { EmptyState, Table, Td, Th } from "@/components/table";
import { formatDateTime } from "@/lib/format";
import type { FireView } from "./schedule-view";

/** A schedule's fire history: when each fire was due, what came of it and why, and its run. */
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
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
