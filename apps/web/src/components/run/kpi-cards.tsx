import { formatInt, formatMs, formatPercent, formatRate } from "@/lib/format";
import type { RunTotals } from "@/lib/run-stats";

/** The four figures a person looks at first. */
export function KpiCards({ totals }: { totals: RunTotals }) {
  const errorTone = totals.failures > 0 ? "text-red-600" : "text-slate-900";
  return (
    <div className="grid grid-cols-4 gap-4">
      <Kpi label="Total requests" value={formatInt(totals.requests)} hint="all steps" testId="kpi-requests" />
      <Kpi label="RPS" value={formatRate(totals.rps)} hint={totals.rpsLabel} testId="kpi-rps" />
      <Kpi
        label="Failures"
        value={formatInt(totals.failures)}
        hint={`error rate ${formatPercent(totals.failures, totals.requests)}`}
        valueClass={errorTone}
        testId="kpi-failures"
      />
      <Kpi label="p95 latency" value={formatMs(totals.p95)} hint={totals.p95Label} testId="kpi-p95" />
    </div>
  );
}

function Kpi(props: { label: string; value: string; hint: string; testId: string; valueClass?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{props.label}</p>
      <p
        data-testid={props.testId}
        className={`mt-1 text-2xl font-semibold tabular-nums ${props.valueClass ?? "text-slate-900"}`}
      >
        {props.value}
      </p>
      <p className="mt-0.5 truncate text-xs text-slate-400">{props.hint}</p>
    </div>
  );
}
