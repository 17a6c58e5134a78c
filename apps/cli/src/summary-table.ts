import type { TLatencySummary, TRunSummary } from "@stampede/contracts";
import { insightsFor, type TInsight } from "@stampede/metrics";
import { errorRate, formatCounts, formatMs, formatPercent, renderTable, type TAlign } from "./format";

/** What the end-of-run report needs beyond the engine's summary. */
export interface TSummaryExtras {
  interrupted: boolean;
  /** Dropped iterations only exist in arrival-rate mode; elsewhere the counter would be noise. */
  rateMode: boolean;
  /** Hints about the run (insightsFor with the load and the scenario); from the summary alone when absent. */
  insights?: TInsight[];
}

interface TRow {
  name: string;
  requests: number;
  failures: number;
  checksPassed: number;
  checksFailed: number;
  latency: TLatencySummary;
  /** Corrected for coordinated omission (`http_req_duration_corrected`), when the engine measured it. */
  latencyCorrected: TLatencySummary | undefined;
  /** Status codes, then error kinds (a timeout has no status code). */
  outcomes: string;
}

interface TColumn {
  title: string;
  align: TAlign;
  cell(row: TRow): string;
}

const COLUMNS: TColumn[] = [
  { title: "step", align: "left", cell: (r) => r.name },
  { title: "requests", align: "right", cell: (r) => String(r.requests) },
  { title: "failures", align: "right", cell: (r) => String(r.failures) },
  { title: "error %", align: "right", cell: (r) => formatPercent(errorRate(r.requests, r.failures)) },
  { title: "p50 ms", align: "right", cell: (r) => formatMs(r.latency.p50) },
  { title: "p95 ms", align: "right", cell: (r) => formatMs(r.latency.p95) },
  { title: "p99 ms", align: "right", cell: (r) => formatMs(r.latency.p99) },
  { title: "max ms", align: "right", cell: (r) => formatMs(r.latency.max) },
];
const CORRECTED: TColumn = {
  title: "p99 corr ms",
  align: "right",
  cell: (r) => (r.latencyCorrected ? formatMs(r.latencyCorrected.p99) : ""),
};
const CHECKS: TColumn = {
  title: "checks ok",
  align: "right",
  cell: (r) => `${r.checksPassed}/${r.checksPassed + r.checksFailed}`,
};
const OUTCOMES: TColumn = { title: "status / errors", align: "left", cell: (r) => r.outcomes };

/** The end-of-run table: one row per step, then the totals, then run-level counters. */
export function formatSummary(summary: TRunSummary, extras: TSummaryExtras): string {
  const rows: TRow[] = summary.steps.map((s) => ({
    name: s.step,
    requests: s.requests,
    failures: s.failures,
    checksPassed: s.checksPassed,
    checksFailed: s.checksFailed,
    latency: s.latency,
    latencyCorrected: s.latencyCorrected,
    outcomes: [formatCounts(s.statusCodes), formatCounts(s.errors)].filter(Boolean).join("  "),
  }));
  rows.push({
    name: "total",
    requests: summary.requests,
    failures: summary.failures,
    checksPassed: rows.reduce((n, r) => n + r.checksPassed, 0),
    checksFailed: rows.reduce((n, r) => n + r.checksFailed, 0),
    latency: summary.latency,
    latencyCorrected: summary.latencyCorrected,
    outcomes: "",
  });
  // The checks column appears only when the scenario has checkpoints; 0/0 on every line says nothing.
  const hasChecks = rows.some((r) => r.checksPassed + r.checksFailed > 0);
  const columns = [
    ...COLUMNS,
    ...(summary.latencyCorrected ? [CORRECTED] : []),
    ...(hasChecks ? [CHECKS] : []),
    OUTCOMES,
  ];
  const lines = renderTable(
    columns.map((c) => c.title),
    rows.map((r) => columns.map((c) => c.cell(r))),
    columns.map((c) => c.align),
  );
  const title = extras.interrupted ? "summary (interrupted: partial run)" : "summary";
  const counters = [
    `${summary.durationSeconds.toFixed(1)} s`,
    `${summary.rps.toFixed(1)} req/s`,
    `${summary.iterations} iterations`,
    `avg ${formatMs(summary.latency.mean)} ms`,
  ];
  if (extras.rateMode || summary.droppedIterations > 0)
    counters.push(`${summary.droppedIterations} dropped iterations`);
  if (summary.schedulerLateness) {
    counters.push(`schedule lateness p99 ${formatMs(summary.schedulerLateness.p99)} ms`);
  }
  // The same insights the run page and the report show; from the summary alone when the caller has no more.
  const insights = extras.insights ?? insightsFor({ load: null, summary });
  const warning = insights.flatMap((i) => [`  ! ${i.message}.`, ""]);
  return [title, "", ...lines.map((l) => `  ${l}`), "", `  ${counters.join(" · ")}`, "", ...warning].join("\n");
}
