import { isTerminalRunStatus, type TRangeQuery, type TRangeStats } from "@stampede/contracts";
import { findRunMetricRows, findRunSeconds, getRunById, type Db, type RunMetricRow } from "@stampede/db";
import { type StepTotals, stepTotalsOf } from "@stampede/metrics";
import { sealedTotalsFor } from "./range-stats-cache";
import { statsOfTotals } from "./range-stats-figures";

/**
 * A run's figures over a range of seconds (both ends optional and inclusive), per step and overall, from the
 * stored rows: counts add, and every percentile comes from the range's merged histograms — never an average
 * of per-second percentiles. The live page's tables, the report and the API share it. A running run's
 * open-ended range (what the live page refreshes every 2 s) reads only the rows it has not merged yet.
 */
export async function getRangeStats(db: Db, runId: string, range: TRangeQuery = {}): Promise<TRangeStats> {
  const run = await getRunById(db, runId); // 404 for an unknown run, rather than empty figures
  if (range.to === undefined && !isTerminalRunStatus(run.status)) {
    const sealed = sealedTotalsFor(runId, range.from ?? 0);
    const after = { second: { gte: sealed.sealedTo + 1 } };
    const [rows, seconds] = await Promise.all([findRunMetricRows(db, runId, after), findRunSeconds(db, runId, after)]);
    return sealed.answer(
      rows,
      seconds.map((s) => s.second),
    );
  }
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
  const byStep = new Map<string, StepTotals>();
  try {
    for (const row of rows) stepTotalsOf(byStep, row.step).addEncoded(row);
    return statsOfTotals(byStep, seconds[0] ?? null, seconds.at(-1) ?? null);
  } finally {
    for (const t of byStep.values()) t.destroy();
  }
}
