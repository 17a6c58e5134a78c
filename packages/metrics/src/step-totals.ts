import type { TErrorKind, TStepFrame, TStepSummary } from "@stampede/contracts";
import { createHistogram, decodeHistogram, encodeHistogram, type Histogram, summarizeLatency } from "./histogram";

/** The additive counters of one step that frames, stored rows and summaries all carry. */
export interface StepCounts {
  requests: number;
  failures: number;
  statusCodes: Record<string, number>;
  errors: Record<string, number>;
  bytesSent: number;
  bytesReceived: number;
  checksPassed: number;
  checksFailed: number;
}

/** Counts plus encoded histograms: a step frame, or a stored row of one step's second. */
export interface EncodedStepCounts extends StepCounts {
  histogram: string;
  /** Absent (or null in a stored row) where it was not measured: the raw histogram stands in for it. */
  histogramCorrected?: string | null;
}

/**
 * How one request is corrected for coordinated omission (the README's "What is measured"):
 * - `lateUs` (arrival-rate mode): how late its iteration started against the schedule; the corrected
 *   latency is measured from the intended start, so it is latency + lateUs.
 * - `expectedIntervalUs` (VU mode): the VU's usual latency for the step; as wrk does, a request that took
 *   longer also records the requests the VU would have sent meanwhile (HDR's expected-interval recording).
 */
export interface LatencyCorrection {
  lateUs?: number;
  expectedIntervalUs?: number;
}

function addRecord(into: Record<string, number>, from: Record<string, number>) {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

const toRecordable = (us: number) => (us < 1 ? 1 : Math.round(us));

/** Past this many filled-in values for one request, they are recorded as this many points with counts. */
const MAX_FILL_POINTS = 1000;

/**
 * HDR's expected-interval recording (the value, then value − k·interval for every k while that stays ≥ the
 * interval), with a bounded cost: a 30 s stall against a 0.1 ms interval would otherwise cost 300,000
 * records for one request, per VU, on the engine's event loop. Past MAX_FILL_POINTS the same count is spread
 * over that many evenly spaced values, which keeps the distribution within one point's width.
 */
function recordWithExpectedInterval(h: Histogram, value: number, interval: number) {
  h.recordValue(value);
  const missing = Math.floor(value / interval) - 1;
  if (missing <= 0) return;
  if (missing <= MAX_FILL_POINTS) {
    for (let k = 1; k <= missing; k++) h.recordValue(Math.round(value - k * interval));
    return;
  }
  const perPoint = missing / MAX_FILL_POINTS;
  let recorded = 0;
  for (let i = 1; i <= MAX_FILL_POINTS; i++) {
    const upTo = Math.round(i * perPoint);
    const k = (i - 0.5) * perPoint + 0.5;
    h.recordValueWithCount(Math.round(value - k * interval), upTo - recorded);
    recorded = upTo;
  }
}

/** One step's counts and latency (raw and corrected), for a second or a whole run: counts add, histograms merge. */
export class StepTotals implements StepCounts {
  requests = 0;
  failures = 0;
  bytesSent = 0;
  bytesReceived = 0;
  checksPassed = 0;
  checksFailed = 0;
  readonly statusCodes: Record<string, number> = {};
  readonly errors: Record<string, number> = {};
  readonly latency: Histogram = createHistogram();
  readonly latencyCorrected: Histogram = createHistogram();

  constructor(readonly step: string) {}

  /** One request that got a response (`status`) or failed before one (`status` 0). */
  record(
    latencyUs: number,
    status: number,
    error: TErrorKind | undefined,
    sent: number,
    received: number,
    correction?: LatencyCorrection,
  ) {
    this.requests++;
    this.bytesSent += sent;
    this.bytesReceived += received;
    const us = toRecordable(latencyUs);
    this.latency.recordValue(us);
    if (correction?.lateUs) this.latencyCorrected.recordValue(toRecordable(latencyUs + correction.lateUs));
    else if (correction?.expectedIntervalUs && us > correction.expectedIntervalUs) {
      recordWithExpectedInterval(this.latencyCorrected, us, toRecordable(correction.expectedIntervalUs));
    } else this.latencyCorrected.recordValue(us);
    if (status > 0) this.statusCodes[status] = (this.statusCodes[status] ?? 0) + 1;
    if (error !== undefined) {
      this.failures++;
      this.errors[error] = (this.errors[error] ?? 0) + 1;
    }
  }

  /**
   * A request that was not sent — it could not be built (`invalid_request`), or its host is outside the target
   * allowlist (`blocked_target`) — so it is neither a request nor a failure.
   */
  invalidRequest(kind: "invalid_request" | "blocked_target" = "invalid_request") {
    this.errors[kind] = (this.errors[kind] ?? 0) + 1;
  }

  /** Checkpoint outcomes of one request. */
  recordChecks(passed: number, failed: number) {
    this.checksPassed += passed;
    this.checksFailed += failed;
  }

  private addCounts(other: StepCounts) {
    this.requests += other.requests;
    this.failures += other.failures;
    this.bytesSent += other.bytesSent;
    this.bytesReceived += other.bytesReceived;
    this.checksPassed += other.checksPassed;
    this.checksFailed += other.checksFailed;
    addRecord(this.statusCodes, other.statusCodes);
    addRecord(this.errors, other.errors);
  }

  /** Adds another step's totals (a finished second into the run's totals). */
  add(other: StepTotals) {
    this.addCounts(other);
    this.latency.add(other.latency);
    this.latencyCorrected.add(other.latencyCorrected);
  }

  /** Adds a frame or a stored row: counts add, the decoded histograms merge. */
  addEncoded(other: EncodedStepCounts) {
    this.addCounts(other);
    const raw = other.histogram ? decodeHistogram(other.histogram) : undefined;
    if (raw) this.latency.add(raw);
    if (other.histogramCorrected) {
      const corrected = decodeHistogram(other.histogramCorrected);
      this.latencyCorrected.add(corrected);
      corrected.destroy();
    } else if (raw) this.latencyCorrected.add(raw);
    raw?.destroy();
  }

  /** The counts and encoded histograms, as frames and stored rows carry them. */
  toEncoded(): TStepFrame {
    return {
      ...this.counts(),
      histogram: encodeHistogram(this.latency),
      histogramCorrected: encodeHistogram(this.latencyCorrected),
    };
  }

  toSummary(): TStepSummary {
    return {
      ...this.counts(),
      latency: summarizeLatency(this.latency),
      latencyCorrected: summarizeLatency(this.latencyCorrected),
    };
  }

  /** The step's name and additive counts, copied (the maps too), as frames, rows and summaries carry them. */
  private counts(): StepCounts & { step: string } {
    return {
      step: this.step,
      requests: this.requests,
      failures: this.failures,
      statusCodes: { ...this.statusCodes },
      errors: { ...this.errors },
      bytesSent: this.bytesSent,
      bytesReceived: this.bytesReceived,
      checksPassed: this.checksPassed,
      checksFailed: this.checksFailed,
    };
  }

  destroy() {
    this.latency.destroy();
    this.latencyCorrected.destroy();
  }
}

/** The step's totals in `byStep`, created on first use. */
export function stepTotalsOf(byStep: Map<string, StepTotals>, step: string): StepTotals {
  let totals = byStep.get(step);
  if (!totals) {
    totals = new StepTotals(step);
    byStep.set(step, totals);
  }
  return totals;
}
