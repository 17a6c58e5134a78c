import type { TLivePoint, TRangeStats, TRunSummary } from "@stampede/contracts";
import type { SecondRange } from "./run-series";

/** The KPI cards' figures. */
export interface RunTotals {
  requests: number;
  failures: number;
  rps: number;
  rpsLabel: string;
  p95: number | null;
  p95Label: string;
}

const rangeLabel = (stats: TRangeStats) => (stats.from === null ? "no data yet" : `seconds ${stats.from}–${stats.to}`);

/**
 * KPI figures. Counts and p95 come from the range stats (merged histograms over the zoomed range, or the whole
 * run); before the first answer, from the summary or the points. The rate is the newest complete second's
 * while the run goes unzoomed, else the average over the range.
 */
export function computeTotals(
  stats: TRangeStats | null,
  summary: TRunSummary | null,
  chartPoints: TLivePoint[],
  options: { live: boolean; range: SecondRange | null },
): RunTotals {
  const last = chartPoints.at(-1);
  const current =
    options.live && !options.range && last ? { rps: last.requests, rpsLabel: `second ${last.second}` } : null;
  if (stats) {
    const { overall } = stats;
    return {
      requests: overall.requests,
      failures: overall.failures,
      ...(current ?? { rps: overall.tps, rpsLabel: `average, ${rangeLabel(stats)}` }),
      p95: overall.requests > 0 ? overall.latency.p95 : null,
      p95Label: options.range ? rangeLabel(stats) : options.live ? "whole run so far" : "whole run",
    };
  }
  if (summary) {
    return {
      requests: summary.requests,
      failures: summary.failures,
      rps: summary.rps,
      rpsLabel: "average over the run",
      p95: summary.requests > 0 ? summary.latency.p95 : null,
      p95Label: "whole run",
    };
  }
  return {
    requests: chartPoints.reduce((n, p) => n + p.requests, 0),
    failures: chartPoints.reduce((n, p) => n + p.failures, 0),
    ...(current ?? { rps: 0, rpsLabel: "no data yet" }),
    p95: last && last.requests > 0 ? last.p95 : null,
    p95Label: last ? `second ${last.second}` : "no data yet",
  };
}

/** Inserts or replaces the point of its second, keeping the array sorted (points may arrive out of order). */
export function upsertPoint(points: TLivePoint[], point: TLivePoint): TLivePoint[] {
  const last = points.at(-1);
  if (!last || last.second < point.second) return [...points, point];
  const next = points.filter((p) => p.second !== point.second);
  next.push(point);
  return next.sort((a, b) => a.second - b.second);
}
