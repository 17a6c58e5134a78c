import type { TRunSummary } from "@stampede/contracts";
import { findRunMetricRows, findRunSeconds, type Db } from "@stampede/db";
import { GENERATOR_BOUND_CPU, type StepTotals, stepTotalsOf, summarizeRun } from "@stampede/metrics";

/** The run's totals, computed from what is persisted, so the summary always agrees with the report. */
export async function computeRunSummary(db: Db, runId: string, durationSeconds: number): Promise<TRunSummary> {
  const rows = await findRunMetricRows(db, runId);
  const seconds = await findRunSeconds(db, runId);
  const byStep = new Map<string, StepTotals>();
  for (const row of rows) stepTotalsOf(byStep, row.step).addEncoded(row);
  const summary = summarizeRun(byStep.values(), {
    durationSeconds,
    iterations: seconds.reduce((n, s) => n + s.iterations, 0),
    droppedIterations: seconds.reduce((n, s) => n + s.droppedIterations, 0),
    busySeconds: seconds.filter((s) => (s.generatorCpu ?? 0) > GENERATOR_BOUND_CPU).length,
    seconds: seconds.length,
  });
  for (const totals of byStep.values()) totals.destroy();
  return summary;
}
