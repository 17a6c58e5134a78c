import type { TErrorKind, TRunSummary, TShardFrame, TTokenSecond } from "@stampede/contracts";
import type { NotSentKind } from "../invalid-request";
import {
  createHistogram,
  GENERATOR_BOUND_CPU,
  type Histogram,
  type LatencyCorrection,
  type StepTotals,
  stepTotalsOf,
  summarizeRun,
} from "@stampede/metrics";

/**
 * Accumulates what every step did in the current second. `cut()` hands the second over as a frame and
 * starts the next, so every request lands in exactly one frame: the sum of frames is the total.
 */
export class MetricsCollector {
  private current = new Map<string, StepTotals>();
  private readonly totals = new Map<string, StepTotals>();
  private iterationsNow = 0;
  private iterationsTotal = 0;
  private droppedNow = 0;
  private droppedTotal = 0;
  private secondsCut = 0;
  private lateness: Histogram | undefined;
  private busySeconds = 0;

  /** One request's outcome; `correction` says how to correct it for coordinated omission (none: as measured). */
  record(
    step: string,
    latencyUs: number,
    status: number,
    error: TErrorKind | undefined,
    sent: number,
    received: number,
    correction?: LatencyCorrection,
  ) {
    stepTotalsOf(this.current, step).record(latencyUs, status, error, sent, received, correction);
  }

  /** A request of `step` that was not sent, and why (see StepTotals.invalidRequest). */
  invalidRequest(step: string, kind: NotSentKind = "invalid_request") {
    stepTotalsOf(this.current, step).invalidRequest(kind);
  }

  checks(step: string, passed: number, failed: number) {
    stepTotalsOf(this.current, step).recordChecks(passed, failed);
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

  /**
   * Closes second `second` and returns its frame; `cpu` is the generator's share of a core in it, `token` what
   * the token provider did in it (when there is one).
   */
  cut(second: number, vus: number, cpu?: number, token?: TTokenSecond): TShardFrame {
    const finished = this.current;
    this.current = new Map();
    const steps = [];
    for (const stats of finished.values()) {
      steps.push(stats.toEncoded());
      stepTotalsOf(this.totals, stats.step).add(stats);
      stats.destroy();
    }
    const iterations = this.iterationsNow;
    const droppedIterations = this.droppedNow;
    this.iterationsTotal += iterations;
    this.droppedTotal += droppedIterations;
    this.iterationsNow = 0;
    this.droppedNow = 0;
    this.secondsCut++;
    if (cpu !== undefined && cpu > GENERATOR_BOUND_CPU) this.busySeconds++;
    const frame: TShardFrame = { second, vus, iterations, droppedIterations, cpu, steps };
    if (token) frame.token = token;
    return frame;
  }

  summary(durationSeconds: number): TRunSummary {
    return summarizeRun(this.totals.values(), {
      durationSeconds,
      iterations: this.iterationsTotal,
      droppedIterations: this.droppedTotal,
      busySeconds: this.busySeconds,
      seconds: this.secondsCut,
      lateness: this.lateness,
    });
  }
}
