import type { TLivePoint, TLivePointStep } from "@stampede/contracts";
import { mergeEncodedHistograms } from "./histogram";
import type { SecondRecord, StepSecondRecord } from "./second-totals";
import type { StepCounts } from "./step-totals";

/** What a live point reads from a stored second (the RunSecond row, or the record just merged). */
export type LivePointSecond = Pick<
  SecondRecord,
  | "second"
  | "requests"
  | "failures"
  | "vus"
  | "iterations"
  | "droppedIterations"
  | "generatorCpu"
  | "p50Ms"
  | "p90Ms"
  | "p95Ms"
  | "p99Ms"
  | "p99CorrectedMs"
>;
/** What a live point reads from each step's stored second (the RunMetric row, or the record just merged). */
export type LivePointStep = Omit<StepSecondRecord, "histogramCorrected">;

const ZERO_COUNTS: StepCounts = {
  requests: 0,
  failures: 0,
  statusCodes: {},
  errors: {},
  bytesSent: 0,
  bytesReceived: 0,
  checksPassed: 0,
  checksFailed: 0,
};

function addCounts(into: StepCounts, from: StepCounts) {
  into.requests += from.requests;
  into.failures += from.failures;
  into.bytesSent += from.bytesSent;
  into.bytesReceived += from.bytesReceived;
  into.checksPassed += from.checksPassed;
  into.checksFailed += from.checksFailed;
  for (const [k, v] of Object.entries(from.statusCodes)) into.statusCodes[k] = (into.statusCodes[k] ?? 0) + v;
  for (const [k, v] of Object.entries(from.errors)) into.errors[k] = (into.errors[k] ?? 0) + v;
}

function stepFigures(s: LivePointStep): TLivePointStep {
  return {
    step: s.step,
    requests: s.requests,
    failures: s.failures,
    statusCodes: s.statusCodes,
    errors: s.errors,
    bytesSent: s.bytesSent,
    bytesReceived: s.bytesReceived,
    checksPassed: s.checksPassed,
    checksFailed: s.checksFailed,
    p50: s.p50Ms,
    p90: s.p90Ms,
    p95: s.p95Ms,
    p99: s.p99Ms,
    max: s.maxMs,
    mean: s.meanMs,
  };
}

/**
 * The run-level p90 of a second stored before RunSecond kept it: exact from the steps' merged histograms
 * (with one step busy in the second, that step's own p90 is the run's).
 */
function runP90(steps: LivePointStep[]): number {
  const busy = steps.filter((s) => s.requests > 0);
  if (busy.length === 0) return 0;
  if (busy.length === 1) return busy[0]!.p90Ms;
  const merged = mergeEncodedHistograms(busy.map((s) => s.histogram));
  const p90 = Math.round(merged.getValueAtPercentile(90)) / 1000;
  merged.destroy();
  return p90;
}

/**
 * The chart's point for one second: the same whether the controller publishes it live or the console
 * rebuilds it from Postgres. Run-level percentiles come from the second's merged histogram (exact); counts
 * are the steps' sums; the run's max is the steps' largest and its mean their request-weighted mean (both exact).
 */
export function toLivePoint(second: LivePointSecond, steps: LivePointStep[]): TLivePoint {
  const counts: StepCounts = { ...ZERO_COUNTS, statusCodes: {}, errors: {} };
  let max = 0;
  let weightedMean = 0;
  for (const s of steps) {
    addCounts(counts, s);
    max = Math.max(max, s.maxMs);
    weightedMean += s.meanMs * s.requests;
  }
  return {
    second: second.second,
    vus: second.vus,
    iterations: second.iterations,
    droppedIterations: second.droppedIterations,
    ...(second.generatorCpu === null ? {} : { generatorCpu: second.generatorCpu }),
    ...counts,
    // The stored second's request counts are authoritative (the steps' sum equals them).
    requests: second.requests,
    failures: second.failures,
    p50: second.p50Ms,
    p90: second.p90Ms ?? runP90(steps),
    p95: second.p95Ms,
    p99: second.p99Ms,
    max,
    mean: counts.requests > 0 ? Math.round((weightedMean / counts.requests) * 1000) / 1000 : 0,
    ...(second.p99CorrectedMs === null ? {} : { p99Corrected: second.p99CorrectedMs }),
    steps: steps.map(stepFigures),
  };
}
