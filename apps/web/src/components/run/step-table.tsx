import type { TRangeStats } from "@stampede/contracts";
import { memo } from "react";
import { formatCompact, formatInt, formatMs, formatRate } from "@/lib/format";
import { Card } from "../card";
import { EmptyState, Table, Td, Th } from "../table";

type StepStats = TRangeStats["steps"][number];

const percent = (share: number) => `${formatRate(share * 100)}%`;

/**
 * Per-API figures over the zoomed range (or the whole run), from the stats endpoint: every RT figure comes
 * from the range's merged histogram. Re-rendered only when new stats arrive (every 2 s), not on every point.
 */
export const StepTable = memo(function StepTable({ stats, caption }: { stats: TRangeStats | null; caption: string }) {
  const rows = stats?.steps ?? [];
  // A scenario without checkpoints has no checks column.
  const checks = rows.some((r) => r.checksPassed + r.checksFailed > 0);
  return (
    <Card title="APIs" actions={<span className="text-xs text-slate-400">{caption}</span>}>
      {rows.length === 0 ? (
        <EmptyState>No requests recorded yet.</EmptyState>
      ) : (
        // Sixteen columns: tighter cells than other tables, and numbers kept on one line.
        <div className="[&_table]:text-xs [&_td]:whitespace-nowrap [&_td]:px-2 [&_th]:px-2">
          <Table>
            <thead>
              <tr>
                <Th>API</Th>
                <Th className="text-right">Requests</Th>
                <Th className="text-right">TPS</Th>
                <Th className="text-right">Success</Th>
                <Th className="text-right">Failures</Th>
                <Th className="text-right">avg</Th>
                <Th className="text-right">min</Th>
                <Th className="text-right">p50</Th>
                <Th className="text-right">p90</Th>
                <Th className="text-right">p95</Th>
                <Th className="text-right">p99</Th>
                <Th className="text-right">max</Th>
                <Th className="text-right" title="p99 corrected for coordinated omission">
                  p99 corr.
                </Th>
                <Th className="text-right" title="bytes sent / received">
                  Data out / in
                </Th>
                {checks && <Th className="text-right">Checks</Th>}
                <Th>Status codes / failures</Th>
              </tr>
            </thead>
            <tbody data-testid="step-rows">
              {rows.map((row) => (
                <StepRow key={row.step} row={row} checks={checks} />
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </Card>
  );
});

function StepRow({ row, checks }: { row: StepStats; checks: boolean }) {
  const checked = row.checksPassed + row.checksFailed;
  return (
    <tr>
      <Td className="font-medium text-slate-900">{row.step}</Td>
      <Td className="text-right tabular-nums">{formatInt(row.requests)}</Td>
      <Td className="text-right tabular-nums">{formatRate(row.tps)}</Td>
      <Td className={`text-right tabular-nums ${row.successRate < 1 ? "text-red-600" : ""}`}>
        {percent(row.successRate)}
      </Td>
      <Td className={`text-right tabular-nums ${row.failures > 0 ? "text-red-600" : ""}`}>{formatInt(row.failures)}</Td>
      <Td className="text-right tabular-nums">{formatMs(row.latency.mean)}</Td>
      <Td className="text-right tabular-nums">{formatMs(row.latency.min)}</Td>
      <Td className="text-right tabular-nums">{formatMs(row.latency.p50)}</Td>
      <Td className="text-right tabular-nums">{formatMs(row.latency.p90)}</Td>
      <Td className="text-right tabular-nums">{formatMs(row.latency.p95)}</Td>
      <Td className="text-right tabular-nums">{formatMs(row.latency.p99)}</Td>
      <Td className="text-right tabular-nums">{formatMs(row.latency.max)}</Td>
      <Td className="text-right tabular-nums">{formatMs(row.latencyCorrected.p99)}</Td>
      <Td className="text-right tabular-nums">
        {formatCompact(row.bytesSent)}B / {formatCompact(row.bytesReceived)}B
      </Td>
      {checks && (
        <Td className="text-right tabular-nums">
          {checked ? `${formatInt(row.checksPassed)}/${formatInt(checked)}` : "—"}
        </Td>
      )}
      <Td>
        <CountChips counts={row.statusCodes} tone={(code) => (code.startsWith("2") ? "ok" : "bad")} />
        <div className="mt-1" data-testid="step-errors">
          <CountChips counts={row.errors} tone={() => "warn"} />
        </div>
      </Td>
    </tr>
  );
}

const TONES = {
  ok: "bg-emerald-50 text-emerald-700",
  bad: "bg-red-50 text-red-700",
  warn: "bg-amber-50 text-amber-800",
};

/** "401 × 12" chips; failure kinds sit under the codes, so an expired token reads "auth", not just "401". */
function CountChips(props: { counts: Record<string, number>; tone: (key: string) => keyof typeof TONES }) {
  const entries = Object.entries(props.counts).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-1">
      {entries.map(([key, count]) => (
        <span key={key} className={`rounded px-1.5 py-0.5 font-mono text-xs ${TONES[props.tone(key)]}`}>
          {key} × {formatInt(count)}
        </span>
      ))}
    </div>
  );
}
