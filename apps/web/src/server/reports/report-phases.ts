import type { TLoadConfig, TRunSummary } from "@stampede/contracts";
import type { Db } from "@stampede/db";
import { findKnee, rampPhasesOf, summarizeLatency, type RampPhase } from "@stampede/metrics";
import { HistogramSum } from "./histogram-sum";

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

interface PhaseTotals {
  requests: number;
  failures: number;
  latency: { p95: number; p99: number };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function phaseRow(phase: RampPhase, totals: PhaseTotals, seconds: SecondGauge[]): PhaseRow {
  const inPhase = seconds.filter((s) => s.second >= phase.fromSecond && s.second < phase.toSecond);
  const measured = Math.max(1, inPhase.length);
  return {
    ...phase,
    vus: round1(inPhase.reduce((n, s) => n + s.vus, 0) / measured),
    requests: totals.requests,
    failures: totals.failures,
    tps: round1(totals.requests / measured),
    errorRate: totals.requests ? Math.round((totals.failures / totals.requests) * 10000) / 100 : 0,
    p95: totals.latency.p95,
    p99: totals.latency.p99,
    knee: false,
  };
}

/**
 * The rows a phase sums: one per second with every API's latency merged (RunSecond.histogram), or, for a run
 * stored before seconds kept it, one per API per second.
 */
async function phaseSourceRows(db: Db, runId: string) {
  const seconds = await db.runSecond.findMany({
    where: { runId },
    select: { second: true, requests: true, failures: true, histogram: true },
  });
  if (seconds.every((s) => s.histogram !== null || s.requests === 0)) return seconds;
  return db.runMetric.findMany({
    where: { runId },
    select: { second: true, requests: true, failures: true, histogram: true },
  });
}

/** Every phase's counts and raw latency, from one read of the stored rows: histograms summed per phase. */
async function measurePhases(db: Db, runId: string, phases: RampPhase[]): Promise<PhaseTotals[]> {
  const rows = await phaseSourceRows(db, runId);
  const sums = phases.map(() => ({ requests: 0, failures: 0, histogram: new HistogramSum() }));
  for (const row of rows) {
    const i = phases.findIndex((p) => row.second >= p.fromSecond && row.second < p.toSecond);
    // A late second past the plan's end (the run ran over) counts in the last phase.
    const sum = sums[i === -1 ? sums.length - 1 : i]!;
    sum.requests += row.requests;
    sum.failures += row.failures;
    sum.histogram.add(row.histogram);
  }
  return sums.map((s) => {
    const h = s.histogram.toHistogram();
    const latency = summarizeLatency(h);
    h.destroy();
    return { requests: s.requests, failures: s.failures, latency };
  });
}

/** A phase of the plan with its measured totals. */
export interface MeasuredPhase {
  phase: RampPhase;
  totals: PhaseTotals;
}

/**
 * Measures each phase of the plan (stage, step of a step ramp, ramp-up and steady part): counts, and p95/p99
 * from the merged histograms of its seconds. A plan of one phase is the whole run, whose summary has them.
 */
export async function measurePhaseTotals(
  db: Db,
  runId: string,
  load: TLoadConfig,
  summary: TRunSummary,
): Promise<MeasuredPhase[]> {
  const phases = rampPhasesOf(load, summary.durationSeconds);
  const totals = phases.length === 1 ? [summary] : await measurePhases(db, runId, phases);
  return phases.map((phase, i) => ({ phase, totals: totals[i]! }));
}

/** The per-ramp-step table's rows, with VUs from the run's seconds and the knee marked. */
export function toPhaseRows(measured: MeasuredPhase[], seconds: SecondGauge[]): PhaseRow[] {
  const rows = measured.map(({ phase, totals }) => phaseRow(phase, totals, seconds));
  const knee = findKnee(rows.map((r) => ({ load: r.target, throughput: r.tps, latency: r.p95 })));
  if (knee !== null) rows[knee]!.knee = true;
  return rows;
}
