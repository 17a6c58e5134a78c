import type { TLoadConfig } from "@stampede/contracts";
import type { Db } from "@stampede/db";
import { findKnee, mergeStepRows, rampPhasesOf, type RampPhase } from "@stampede/metrics";

/** One phase of the load plan as measured: the per-ramp-step table's row. */
export interface PhaseRow extends RampPhase {
  /** Mean VUs running in the phase's seconds. */
  vus: number;
  requests: number;
  failures: number;
  /** Requests per second over the phase's seconds that recorded anything. */
  tps: number;
  errorRate: number;
  p95: number;
  p99: number;
  /** The knee: throughput stopped rising here while latency climbed. */
  knee: boolean;
}

interface SecondGauge {
  second: number;
  vus: number;
}

/** Reads one phase's stored step rows (histograms included) and merges them. */
async function measurePhase(db: Db, runId: string, phase: RampPhase, seconds: SecondGauge[]): Promise<PhaseRow> {
  const rows = await db.runMetric.findMany({
    where: { runId, second: { gte: phase.fromSecond, lt: phase.toSecond } },
    select: {
      step: true,
      requests: true,
      failures: true,
      statusCodes: true,
      errors: true,
      bytesSent: true,
      bytesReceived: true,
      checksPassed: true,
      checksFailed: true,
      histogram: true,
      histogramCorrected: true,
    },
  });
  const merged = mergeStepRows(
    rows.map((r) => ({
      ...r,
      statusCodes: r.statusCodes as Record<string, number>,
      errors: r.errors as Record<string, number>,
      bytesSent: Number(r.bytesSent),
      bytesReceived: Number(r.bytesReceived),
    })),
  ).all;
  const inPhase = seconds.filter((s) => s.second >= phase.fromSecond && s.second < phase.toSecond);
  const measured = Math.max(1, inPhase.length);
  return {
    ...phase,
    vus: Math.round((inPhase.reduce((n, s) => n + s.vus, 0) / measured) * 10) / 10,
    requests: merged.requests,
    failures: merged.failures,
    tps: Math.round((merged.requests / measured) * 10) / 10,
    errorRate: merged.requests ? Math.round((merged.failures / merged.requests) * 10000) / 100 : 0,
    p95: merged.latency.p95,
    p99: merged.latency.p99,
    knee: false,
  };
}

/**
 * The per-ramp-step table: each phase of the plan (stage, step of a step ramp, ramp-up and steady part) with
 * its VUs, TPS, error rate and p95/p99 from the merged histograms of its seconds, and the knee marked. A plan
 * of one phase gives one row (the whole run). The last, partial second counts like the rest.
 */
export async function measurePhases(
  db: Db,
  runId: string,
  load: TLoadConfig,
  durationSeconds: number,
  seconds: SecondGauge[],
): Promise<PhaseRow[]> {
  const phases = rampPhasesOf(load, durationSeconds);
  const rows: PhaseRow[] = [];
  // One phase at a time: a long run's histograms are decoded a phase's worth at once, not all together.
  for (const phase of phases) rows.push(await measurePhase(db, runId, phase, seconds));
  const knee = findKnee(rows.map((r) => ({ load: r.target, throughput: r.tps, latency: r.p95 })));
  if (knee !== null) rows[knee]!.knee = true;
  return rows;
}
