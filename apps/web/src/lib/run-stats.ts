import type { TLivePoint, TRunSummary } from "@stampede/contracts";

/** One row of the per-step table; null where the source does not carry the figure. */
export interface StepRow {
  step: string;
  requests: number;
  failures: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** p99 corrected for coordinated omission; null live, or for runs measured before it existed. */
  p99Corrected: number | null;
  statusCodes: Record<string, number> | null;
  /** Failures by kind (auth, http_5xx, checkpoint_failed, ...); known once the run ends. */
  errors: Record<string, number> | null;
}

/** The KPI cards' figures. */
export interface RunTotals {
  requests: number;
  failures: number;
  rps: number;
  rpsLabel: string;
  p95: number | null;
  p95Label: string;
}

/** Final per-step figures, exact (the worker merged the histograms). */
export function stepRowsFromSummary(summary: TRunSummary): StepRow[] {
  return summary.steps.map((s) => ({
    step: s.step,
    requests: s.requests,
    failures: s.failures,
    p50: s.latency.p50,
    p95: s.latency.p95,
    p99: s.latency.p99,
    p99Corrected: s.latencyCorrected?.p99 ?? null,
    statusCodes: s.statusCodes,
    errors: s.errors,
  }));
}

/**
 * Live per-step figures from the points. Counts are exact; p95 is each second's p95 weighted by its
 * requests, an approximation until the summary (merged histograms) arrives. Points carry no p50/p99/codes.
 */
export function stepRowsFromPoints(points: TLivePoint[]): StepRow[] {
  const acc = new Map<string, { requests: number; failures: number; weighted: number }>();
  for (const point of points) {
    for (const s of point.steps) {
      const a = acc.get(s.step) ?? { requests: 0, failures: 0, weighted: 0 };
      a.requests += s.requests;
      a.failures += s.failures;
      a.weighted += s.p95 * s.requests;
      acc.set(s.step, a);
    }
  }
  return [...acc].map(([step, a]) => ({
    step,
    requests: a.requests,
    failures: a.failures,
    p50: null,
    p95: a.requests > 0 ? a.weighted / a.requests : null,
    p99: null,
    p99Corrected: null,
    statusCodes: null,
    errors: null,
  }));
}

/** KPI figures: from the summary once there is one, else from the points so far. */
export function computeTotals(summary: TRunSummary | null, points: TLivePoint[]): RunTotals {
  if (summary) {
    return {
      requests: summary.requests,
      failures: summary.failures,
      rps: summary.rps,
      rpsLabel: "average over the run",
      // From the run's merged histogram: exact across steps.
      p95: summary.requests > 0 ? summary.latency.p95 : null,
      p95Label: "whole run",
    };
  }
  const last = points.at(-1);
  return {
    requests: points.reduce((n, p) => n + p.requests, 0),
    failures: points.reduce((n, p) => n + p.failures, 0),
    rps: last?.requests ?? 0,
    rpsLabel: last ? `second ${last.second}` : "no data yet",
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
