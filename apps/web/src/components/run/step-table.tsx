import { formatInt, formatMs, formatPercent } from "@/lib/format";
import type { StepRow } from "@/lib/run-stats";
import { Card } from "../card";
import { EmptyState, Table, Td, Th } from "../table";

/** Per-step results. Live rows come from the points, final rows from the summary (the caption says which). */
export function StepTable({ rows, final }: { rows: StepRow[]; final: boolean }) {
  return (
    <Card
      title="Steps"
      actions={
        <span className="text-xs text-slate-400">
          {final ? "final figures" : "live — p50/p99 and status codes when the run ends; p95 approximate"}
        </span>
      }
    >
      {rows.length === 0 ? (
        <EmptyState>No requests recorded yet.</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>Step</Th>
              <Th className="text-right">Requests</Th>
              <Th className="text-right">Failures</Th>
              <Th className="text-right">Error rate</Th>
              <Th className="text-right">p50</Th>
              <Th className="text-right">p95</Th>
              <Th className="text-right">p99</Th>
              <Th className="text-right" title="p99 corrected for coordinated omission">
                p99 corrected
              </Th>
              <Th>Status codes / failures</Th>
            </tr>
          </thead>
          <tbody data-testid="step-rows">
            {rows.map((row) => (
              <tr key={row.step}>
                <Td className="font-medium text-slate-900">{row.step}</Td>
                <Td className="text-right tabular-nums">{formatInt(row.requests)}</Td>
                <Td className={`text-right tabular-nums ${row.failures > 0 ? "text-red-600" : ""}`}>
                  {formatInt(row.failures)}
                </Td>
                <Td className="text-right tabular-nums">{formatPercent(row.failures, row.requests)}</Td>
                <Td className="text-right tabular-nums">{formatMs(row.p50)}</Td>
                <Td className="text-right tabular-nums">{formatMs(row.p95)}</Td>
                <Td className="text-right tabular-nums">{formatMs(row.p99)}</Td>
                <Td className="text-right tabular-nums">{formatMs(row.p99Corrected)}</Td>
                <Td>
                  <StatusCodes codes={row.statusCodes} />
                  <ErrorKinds errors={row.errors} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

function StatusCodes({ codes }: { codes: Record<string, number> | null }) {
  if (!codes || Object.keys(codes).length === 0) return <span className="text-slate-400">—</span>;
  return (
    <div className="flex flex-wrap gap-1">
      {Object.entries(codes)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, count]) => (
          <span
            key={code}
            className={`rounded px-1.5 py-0.5 font-mono text-xs ${code.startsWith("2") ? "bg-emerald-50 text-emerald-700" : "bg-red-50 text-red-700"}`}
          >
            {code} × {formatInt(count)}
          </span>
        ))}
    </div>
  );
}

/** Failure kinds under the status codes, so an expired token reads "auth", not just "401". */
function ErrorKinds({ errors }: { errors: Record<string, number> | null }) {
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <div className="mt-1 flex flex-wrap gap-1" data-testid="step-errors">
      {Object.entries(errors).map(([kind, count]) => (
        <span key={kind} className="rounded bg-amber-50 px-1.5 py-0.5 font-mono text-xs text-amber-800">
          {kind} × {formatInt(count)}
        </span>
      ))}
    </div>
  );
}
