import type { TShardFrame } from "@stampede/contracts";
import { createHistogram, encodeHistogram, summarizeLatency } from "@stampede/engine";
import { addToStepTotals, type StepTotals } from "./step-totals";
import type { RunMetricRow, RunSecondRow } from "@stampede/db";

/** Everything every shard reported for one second of a run, merged: counts add, histograms merge. */
export class SecondAccumulator {
  vus = 0;
  iterations = 0;
  droppedIterations = 0;
  /** The busiest shard's CPU share this second. */
  generatorCpu: number | null = null;
  readonly steps = new Map<string, StepTotals>();

  constructor(readonly second: number) {}

  addFrame(frame: TShardFrame) {
    this.vus += frame.vus;
    this.iterations += frame.iterations;
    this.droppedIterations += frame.droppedIterations;
    if (frame.cpu !== undefined) this.generatorCpu = Math.max(this.generatorCpu ?? 0, frame.cpu);
    for (const s of frame.steps) addToStepTotals(this.steps, s.step, s, s.histogram);
  }

  /** Folds in a row already persisted for this second (a frame that arrived after its second was written). */
  addPersisted(row: RunMetricRow) {
    addToStepTotals(this.steps, row.step, row, row.histogram);
  }

  toRows(runId: string): { metrics: RunMetricRow[]; second: RunSecondRow } {
    const all = createHistogram();
    const metrics: RunMetricRow[] = [];
    let requests = 0;
    let failures = 0;
    for (const [step, t] of this.steps) {
      const latency = summarizeLatency(t.latency);
      all.add(t.latency);
      requests += t.requests;
      failures += t.failures;
      metrics.push({
        runId,
        second: this.second,
        step,
        requests: t.requests,
        failures: t.failures,
        statusCodes: t.statusCodes,
        errors: t.errors,
        bytesSent: t.bytesSent,
        bytesReceived: t.bytesReceived,
        checksPassed: t.checksPassed,
        checksFailed: t.checksFailed,
        histogram: encodeHistogram(t.latency),
        p50Ms: latency.p50,
        p90Ms: latency.p90,
        p95Ms: latency.p95,
        p99Ms: latency.p99,
        maxMs: latency.max,
        meanMs: latency.mean,
      });
    }
    const overall = summarizeLatency(all);
    all.destroy();
    return {
      metrics,
      second: {
        runId,
        second: this.second,
        vus: this.vus,
        iterations: this.iterations,
        droppedIterations: this.droppedIterations,
        generatorCpu: this.generatorCpu,
        requests,
        failures,
        p50Ms: overall.p50,
        p95Ms: overall.p95,
        p99Ms: overall.p99,
      },
    };
  }

  destroy() {
    for (const t of this.steps.values()) t.latency.destroy();
  }
}
