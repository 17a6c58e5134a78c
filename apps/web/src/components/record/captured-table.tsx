import { EmptyState, Table, Td, Th } from "@/components/table";
import type { CapturedRow } from "./recording-view";

/** The requests captured so far, oldest first; a request without a response shows why. */
export function CapturedTable({ rows }: { rows: CapturedRow[] }) {
  if (rows.length === 0) {
    return <EmptyState>No requests yet. Browse the chosen hosts through the proxy and they appear here.</EmptyState>;
  }
  const ordered = [...rows].sort((a, b) => a.seq - b.seq);
  return (
    <Table>
      <thead>
        <tr>
          <Th>#</Th>
          <Th>Method</Th>
          <Th>URL</Th>
          <Th className="text-right">Status</Th>
          <Th className="text-right">Time</Th>
        </tr>
      </thead>
      <tbody data-testid="captured-requests">
        {ordered.map((row) => (
          <tr key={row.seq}>
            <Td className="text-slate-500 tabular-nums">{row.seq}</Td>
            <Td className="font-mono text-xs">{row.method}</Td>
            <Td className="max-w-xl truncate font-mono text-xs" title={row.url}>
              {row.url}
            </Td>
            <Td className="text-right tabular-nums">{row.status ?? <span title={row.error}>—</span>}</Td>
            <Td className="text-right tabular-nums">{row.durationMs} ms</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
