import type { TLivePoint } from "@stampede/contracts";
import type { RunMetricRow, RunSecondRow } from "@stampede/db";
import { toLivePoint } from "@stampede/metrics";

/**
 * Chart points from Postgres, the same shape the worker publishes live (one `toLivePoint`). Run-level
 * figures come from the RunSecond row (all steps' histograms merged by the worker, so the percentiles are
 * exact); each step's share from its RunMetric row.
 *
 * A second counts only once its RunSecond row exists: the worker writes it after the step rows, so a
 * half-written second is left out here and arrives whole as a live point instead.
 */
export function buildLivePoints(rows: RunMetricRow[], seconds: RunSecondRow[]): TLivePoint[] {
  const stepsBySecond = new Map<number, RunMetricRow[]>();
  for (const row of rows) {
    let steps = stepsBySecond.get(row.second);
    if (!steps) stepsBySecond.set(row.second, (steps = []));
    steps.push(row);
  }
  return seconds.map((s) => toLivePoint(s, stepsBySecond.get(s.second) ?? [])).sort((a, b) => a.second - b.second);
}
