import type { TRunSummary, TStepSummary } from "@stampede/contracts";
import { findRunMetricRows, findRunSeconds, type Db } from "@stampede/db";
import { createHistogram, GENERATOR_BOUND_CPU, isGeneratorBound, summarizeLatency } from "@stampede/engine";
import { addToStepTotals, type StepTotals } from "./step-totals";

/** The run's totals, computed from what is persisted, so the summary always agrees with the report. */
export async function computeRunSummary(db: Db, runId: string, durationSeconds: number): Promise<TRunSummary> {
  const rows = await findRunMetricRows(db, runId);
  const seconds = await findRunSeconds(db, runId);
  const byStep = new Map<string, StepTotals>();
  for (const row of rows) addToStepTotals(byStep, row.step, row, row.histogram);
  const all = createHistogram();
  const steps: TStepSummary[] = [...byStep.entries()].map(([step, { latency: histogram, ...counts }]) => {
    const latency = summarizeLatency(histogram);
    all.add(histogram);
    histogram.destroy();
    return { step, ...counts, latency };
  });
  const latency = summarizeLatency(all);
  all.destroy();
  const requests = steps.reduce((n, s) => n + s.requests, 0);
  return {
    durationSeconds,
    requests,
    failures: steps.reduce((n, s) => n + s.failures, 0),
    iterations: seconds.reduce((n, s) => n + s.iterations, 0),
    droppedIterations: seconds.reduce((n, s) => n + s.droppedIterations, 0),
    generatorBound: isGeneratorBound(
      seconds.filter((s) => (s.generatorCpu ?? 0) > GENERATOR_BOUND_CPU).length,
      seconds.length,
    ),
    rps: durationSeconds > 0 ? Math.round((requests / durationSeconds) * 10) / 10 : 0,
    latency,
    steps,
  };
}
