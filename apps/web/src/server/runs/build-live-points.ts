import type { TLivePoint } from "@stampede/contracts";
import type { RunMetricRow, RunSecondRow } from "@stampede/db";

/**
 * Per-second totals across steps, shaped like the worker's live points, from the rows in Postgres.
 *
 * Counts add up exactly. The run-level p50/p95/p99 here are a DISPLAY APPROXIMATION: each step's
 * percentile weighted by its request count. Percentiles do not average (nor is the max over steps
 * right); the exact figure needs the steps' histograms merged, which comes with run-level percentiles
 * later. With one step, as most charts have, the value is exact.
 */
export function buildLivePoints(rows: RunMetricRow[], seconds: RunSecondRow[]): TLivePoint[] {
  const bySecond = new Map<number, TLivePoint>();
  const pointAt = (second: number): TLivePoint => {
    let point = bySecond.get(second);
    if (!point) {
      point = { second, requests: 0, failures: 0, vus: 0, p50: 0, p95: 0, p99: 0, steps: [] };
      bySecond.set(second, point);
    }
    return point;
  };

  for (const s of seconds) pointAt(s.second).vus = s.vus;
  for (const row of rows) {
    const point = pointAt(row.second);
    point.requests += row.requests;
    point.failures += row.failures;
    // Summed weighted; divided by the second's requests below.
    point.p50 += row.p50Ms * row.requests;
    point.p95 += row.p95Ms * row.requests;
    point.p99 += row.p99Ms * row.requests;
    point.steps.push({ step: row.step, requests: row.requests, failures: row.failures, p95: row.p95Ms });
  }

  const points = [...bySecond.values()].sort((a, b) => a.second - b.second);
  for (const p of points) {
    const n = p.requests;
    p.p50 = n > 0 ? round(p.p50 / n) : 0;
    p.p95 = n > 0 ? round(p.p95 / n) : 0;
    p.p99 = n > 0 ? round(p.p99 / n) : 0;
  }
  return points;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
