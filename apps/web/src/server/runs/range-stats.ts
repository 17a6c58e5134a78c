import type { TRangeFigures, TRangeQuery, TRangeStats } from "@stampede/contracts";
import { findRunMetricRows, findRunSeconds, getRunById, type Db, type RunMetricRow } from "@stampede/db";
import { StepTotals, stepTotalsOf } from "@stampede/metrics";

/**
 * A run's figures over a range of seconds (both ends optional and inclusive), per step and overall, from the
 * stored rows: counts add, and every percentile comes from the range's merged histograms — never an average
 * of per-second percentiles. The live page's tables, the report and the API share it.
 */
export async function getRangeStats(db: Db, runId: string, range: TRangeQuery = {}): Promise<TRangeStats> {
  await getRunById(db, runId); // 404 for an unknown run, rather than empty figures
  const second = { gte: range.from, lte: range.to };
  const [rows, seconds] = await Promise.all([
    findRunMetricRows(db, runId, { second }),
    findRunSeconds(db, runId, { second }),
  ]);
  return rangeStatsOf(
    rows,
    seconds.map((s) => s.second),
  );
}

/** The aggregation itself, over rows already read (`seconds`: the stored seconds of the range, ascending). */
export function rangeStatsOf(rows: RunMetricRow[], seconds: number[]): TRangeStats {
  const from = seconds[0] ?? null;
  const to = seconds.at(-1) ?? null;
  const span = from === null || to === null ? 0 : to - from + 1;
  const byStep = new Map<string, StepTotals>();
  const overall = new StepTotals("");
  try {
    for (const row of rows) stepTotalsOf(byStep, row.step).addEncoded(row);
    for (const totals of byStep.values()) overall.add(totals);
    return {
      from,
      to,
      seconds: span,
      overall: figuresOf(overall, span),
      steps: [...byStep.values()].map((t) => ({ step: t.step, ...figuresOf(t, span) })),
    };
  } finally {
    overall.destroy();
    for (const t of byStep.values()) t.destroy();
  }
}

function figuresOf(totals: StepTotals, seconds: number): TRangeFigures {
  const { step: _step, latencyCorrected, ...summary } = totals.toSummary();
  return {
    ...summary,
    latencyCorrected: latencyCorrected ?? summary.latency,
    successRate: summary.requests > 0 ? 1 - summary.failures / summary.requests : 1,
    tps: seconds > 0 ? Math.round((summary.requests / seconds) * 10) / 10 : 0,
  };
}
