import type { TErrorKind, TRunSummary, TShardFrame } from "@stampede/contracts";
import { createHistogram, type Histogram, summarizeLatency } from "./histogram";
import { StepStats } from "./step-stats";

/** Above this share of a core the generator, not the target, may be what limits the figures. */
export const GENERATOR_BOUND_CPU = 0.85;

/** Generator-bound: CPU above the line for at least 3 seconds and a third of the run. */
export function isGeneratorBound(busySeconds: number, seconds: number): boolean {
  return busySeconds >= 3 && busySeconds * 3 >= seconds;
}

/**
 * Accumulates what every step did in the current second. `cut()` hands the second over as a frame and
 * starts the next, so every request lands in exactly one frame: the sum of frames is the total.
 */
export class MetricsCollector {
  private current = new Map<string, StepStats>();
  private readonly totals = new Map<string, StepStats>();
  private iterationsNow = 0;
  private iterationsTotal = 0;
  private droppedNow = 0;
  private droppedTotal = 0;
  private secondsCut = 0;
  private lateness: Histogram | undefined;
  private busySeconds = 0;

  private stats(step: string): StepStats {
    let stats = this.current.get(step);
    if (!stats) {
      stats = new StepStats(step);
      this.current.set(step, stats);
    }
    return stats;
  }

  record(
    step: string,
    latencyUs: number,
    status: number,
    error: TErrorKind | undefined,
    sent: number,
    received: number,
  ) {
    this.stats(step).record(latencyUs, status, error, sent, received);
  }

  /** A request of `step` that could not be built (see StepStats.invalidRequest). */
  invalidRequest(step: string) {
    this.stats(step).invalidRequest();
  }

  checks(step: string, passed: number, failed: number) {
    this.stats(step).recordChecks(passed, failed);
  }

  /** Arrival-rate mode: how late (ms) an iteration slot was started against its scheduled time. */
  scheduleLateness(ms: number) {
    this.lateness ??= createHistogram();
    this.lateness.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  /** An arrival-rate slot that found no free VU. */
  iterationDropped() {
    this.droppedNow++;
  }

  iterationDone() {
    this.iterationsNow++;
  }

  /** Closes second `second` and returns its frame; `cpu` is the generator's share of a core in it. */
  cut(second: number, vus: number, cpu?: number): TShardFrame {
    const finished = this.current;
    this.current = new Map();
    const steps = [];
    for (const stats of finished.values()) {
      steps.push(stats.toFrame());
      let total = this.totals.get(stats.step);
      if (!total) {
        total = new StepStats(stats.step);
        this.totals.set(stats.step, total);
      }
      total.add(stats);
      stats.latency.destroy();
    }
    const iterations = this.iterationsNow;
    const droppedIterations = this.droppedNow;
    this.iterationsTotal += iterations;
    this.droppedTotal += droppedIterations;
    this.iterationsNow = 0;
    this.droppedNow = 0;
    this.secondsCut++;
    if (cpu !== undefined && cpu > GENERATOR_BOUND_CPU) this.busySeconds++;
    return { second, vus, iterations, droppedIterations, cpu, steps };
  }

  summary(durationSeconds: number): TRunSummary {
    const all = createHistogram();
    for (const s of this.totals.values()) all.add(s.latency);
    const latency = summarizeLatency(all);
    all.destroy();
    const steps = [...this.totals.values()].map((s) => s.toSummary());
    const requests = steps.reduce((n, s) => n + s.requests, 0);
    return {
      durationSeconds,
      requests,
      failures: steps.reduce((n, s) => n + s.failures, 0),
      iterations: this.iterationsTotal,
      droppedIterations: this.droppedTotal,
      generatorBound: isGeneratorBound(this.busySeconds, this.secondsCut),
      schedulerLateness: this.lateness ? summarizeLatency(this.lateness) : undefined,
      rps: durationSeconds > 0 ? Math.round((requests / durationSeconds) * 10) / 10 : 0,
      latency,
      steps,
    };
  }
}
