import type { TRunSummary } from "@stampede/contracts";
import { createHistogram, type Histogram, summarizeLatency } from "./histogram";
import type { StepTotals } from "./step-totals";

/** Above this share of a core the generator, not the target, may be what limits the figures. */
export const GENERATOR_BOUND_CPU = 0.85;

/** Generator-bound: CPU above the line for at least 3 seconds and a third of the run. */
export function isGeneratorBound(busySeconds: number, seconds: number): boolean {
  return busySeconds >= 3 && busySeconds * 3 >= seconds;
}

/** The run-level figures a summary needs beside the steps' totals. */
export interface RunFigures {
  durationSeconds: number;
  /** Iterations the engines completed: the sum of every second's count. */
  iterations: number;
  droppedIterations: number;
  /** Seconds in which a generator ran above GENERATOR_BOUND_CPU, and how many seconds were measured. */
  busySeconds: number;
  seconds: number;
  /** TPS mode, engine summaries only: lateness of iteration starts, microseconds. */
  lateness?: Histogram;
}

/** The run's summary from its merged steps: every percentile comes from merged histograms. */
export function summarizeRun(steps: Iterable<StepTotals>, figures: RunFigures): TRunSummary {
  const all = createHistogram();
  const allCorrected = createHistogram();
  const stepSummaries = [];
  for (const s of steps) {
    all.add(s.latency);
    allCorrected.add(s.latencyCorrected);
    stepSummaries.push(s.toSummary());
  }
  const latency = summarizeLatency(all);
  const latencyCorrected = summarizeLatency(allCorrected);
  all.destroy();
  allCorrected.destroy();
  const requests = stepSummaries.reduce((n, s) => n + s.requests, 0);
  const { durationSeconds } = figures;
  return {
    durationSeconds,
    requests,
    failures: stepSummaries.reduce((n, s) => n + s.failures, 0),
    iterations: figures.iterations,
    droppedIterations: figures.droppedIterations,
    generatorBound: isGeneratorBound(figures.busySeconds, figures.seconds),
    schedulerLateness: figures.lateness ? summarizeLatency(figures.lateness) : undefined,
    rps: durationSeconds > 0 ? Math.round((requests / durationSeconds) * 10) / 10 : 0,
    latency,
    latencyCorrected,
    steps: stepSummaries,
  };
}
