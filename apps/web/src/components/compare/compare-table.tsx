import type { CompareCell, CompareRow } from "@stampede/metrics";
import { formatMs, formatRate } from "@/lib/format";
import type { ComparedRun } from "@/server/reports/compare-data";
import { Card } from "../card";
import { Table, Td, Th } from "../table";
import { RUN_COLORS } from "./run-colors";

/** "+12.3%", "−4%", or nothing for the reference run. */
function Change({ value, unit = "%", bad }: { value: number | null; unit?: string; bad: boolean }) {
  if (value === null) return null;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return (
    <span
      className={`ml-1 text-xs ${bad ? "font-semibold text-red-700" : "text-slate-500"}`}
      data-regression={bad || undefined}
    >
      {sign}
      {formatRate(Math.abs(value))}
      {unit}
    </span>
  );
}

function Figures({ cell }: { cell: CompareCell }) {
  const f = cell.figures;
  if (!f) return <span className="text-slate-400">not in this run</span>;
  const bad = (r: string) => cell.regressions.includes(r as never);
  return (
    <div className="space-y-0.5 text-xs tabular-nums">
      <div>
        TPS {formatRate(f.tps)}
        <Change value={cell.change.tps} bad={bad("tps")} />
      </div>
      <div>
        p95 {formatMs(f.p95Ms)}
        <Change value={cell.change.p95} bad={bad("p95")} />
      </div>
      <div>
        p99 {formatMs(f.p99Ms)}
        <Change value={cell.change.p99} bad={bad("p99")} />
      </div>
      <div>
        errors {formatRate(f.errorRate)}%
        <Change value={cell.change.errorRate} unit=" pt" bad={bad("errorRate")} />
      </div>
    </div>
  );
}

/** Side-by-side figures per API; each run's change against the first, regressions beyond tolerance in red. */
export function CompareTable({ runs, rows }: { runs: ComparedRun[]; rows: CompareRow[] }) {
  return (
    <Card title="Per API">
      <Table>
        <thead>
          <tr>
            <Th>API</Th>
            {runs.map((run, i) => (
              <Th key={run.id}>
                <span
                  className="mr-1 inline-block h-2 w-2 rounded-full"
                  style={{ background: RUN_COLORS[i % RUN_COLORS.length] }}
                />
                {run.label}
                {i === 0 && <span className="ml-1 font-normal normal-case text-slate-400">(reference)</span>}
                {run.isBaseline && <span className="ml-1 font-normal normal-case text-emerald-700">baseline</span>}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody data-testid="compare-rows">
          {rows.map((row) => (
            <tr key={row.step ?? "(all)"} className={row.cells.some((c) => c.regressions.length) ? "bg-red-50/40" : ""}>
              <Td className="font-medium text-slate-900">{row.step ?? "All APIs"}</Td>
              {row.cells.map((cell) => (
                <Td key={cell.runId}>
                  <Figures cell={cell} />
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
