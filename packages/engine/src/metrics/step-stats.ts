import type { TErrorKind, TStepFrame, TStepSummary } from "@stampede/contracts";
import { createHistogram, encodeHistogram, type Histogram, summarizeLatency } from "./histogram";

/** Counters of one step; used both for the current second and for the shard's totals. */
export class StepStats {
  requests = 0;
  failures = 0;
  bytesSent = 0;
  bytesReceived = 0;
  checksPassed = 0;
  checksFailed = 0;
  readonly statusCodes: Record<string, number> = {};
  readonly errors: Record<string, number> = {};
  readonly latency: Histogram = createHistogram();

  constructor(readonly step: string) {}

  /** One request that got a response (`status`) or failed before one (`status` 0). */
  record(latencyUs: number, status: number, error: TErrorKind | undefined, sent: number, received: number) {
    this.requests++;
    this.bytesSent += sent;
    this.bytesReceived += received;
    this.latency.recordValue(latencyUs < 1 ? 1 : Math.round(latencyUs));
    if (status > 0) this.statusCodes[status] = (this.statusCodes[status] ?? 0) + 1;
    if (error !== undefined) {
      this.failures++;
      this.errors[error] = (this.errors[error] ?? 0) + 1;
    }
  }

  /** A request that could not be built: nothing was sent, so it is neither a request nor a failure. */
  invalidRequest() {
    this.errors.invalid_request = (this.errors.invalid_request ?? 0) + 1;
  }

  /** Checkpoint outcomes of one request. */
  recordChecks(passed: number, failed: number) {
    this.checksPassed += passed;
    this.checksFailed += failed;
  }

  /** Adds another step's counts (a finished second into the totals). */
  add(other: StepStats) {
    this.checksPassed += other.checksPassed;
    this.checksFailed += other.checksFailed;
    this.requests += other.requests;
    this.failures += other.failures;
    this.bytesSent += other.bytesSent;
    this.bytesReceived += other.bytesReceived;
    for (const [k, v] of Object.entries(other.statusCodes)) this.statusCodes[k] = (this.statusCodes[k] ?? 0) + v;
    for (const [k, v] of Object.entries(other.errors)) this.errors[k] = (this.errors[k] ?? 0) + v;
    this.latency.add(other.latency);
  }

  toFrame(): TStepFrame {
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
      histogram: encodeHistogram(this.latency),
    };
  }

  toSummary(): TStepSummary {
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
      latency: summarizeLatency(this.latency),
    };
  }
}
