import type { TRunSummary, TStepSummary } from "@stampede/contracts";
import { findRunMetricRows, findRunSeconds, type Db } from "@stampede/db";
import {
  createHistogram,
  decodeHistogram,
  GENERATOR_BOUND_CPU,
  type Histogram,
  isGeneratorBound,
  summarizeLatency,
} from "@stampede/engine";

/** The run's totals, computed from what is persisted, so the summary always agrees with the report. */
export async function computeRunSummary(db: Db, runId: string, durationSeconds: number): Promise<TRunSummary> {
  const rows = await findRunMetricRows(db, runId);
  const seconds = await findRunSeconds(db, runId);
  const byStep = new Map<string, Omit<TStepSummary, "latency"> & { histogram: Histogram }>();
  for (const row of rows) {
    let s = byStep.get(row.step);
    if (!s) {
      s = {
        step: row.step,
        requests: 0,
        failures: 0,
        statusCodes: {},
        errors: {},
        bytesSent: 0,
        bytesReceived: 0,
        checksPassed: 0,
        checksFailed: 0,
        histogram: createHistogram(),
      };
      byStep.set(row.step, s);
    }
    s.requests += row.requests;
    s.failures += row.failures;
    s.bytesSent += row.bytesSent;
    s.bytesReceived += row.bytesReceived;
    s.checksPassed += row.checksPassed;
    s.checksFailed += row.checksFailed;
    for (const [k, v] of Object.entries(row.statusCodes)) s.statusCodes[k] = (s.statusCodes[k] ?? 0) + v;
    for (const [k, v] of Object.entries(row.errors)) s.errors[k] = (s.errors[k] ?? 0) + v;
    const h = decodeHistogram(row.histogram);
    s.histogram.add(h);
    h.destroy();
  }
  const all = createHistogram();
  const steps: TStepSummary[] = [...byStep.values()].map(({ histogram, ...s }) => {
    const latency = summarizeLatency(histogram);
    all.add(histogram);
    histogram.destroy();
    return { ...s, latency };
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
