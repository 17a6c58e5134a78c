import type { TLatencySummary, TRunSummary, TStepSummary } from "./metrics";

/**
 * The run summary as it leaves Stampede (the CLI's `--out` JSON, `GET /api/v1/runs/<id>/summary`): metric
 * names and shapes as k6's summary export writes them, so dashboards and CI scripts written for k6 read it
 * unchanged. Internal names stay whatever reads best inside; only this edge speaks k6.
 */

/** A counter: how many, and how many per second of the run. */
export interface TK6Counter {
  count: number;
  rate: number;
}

/** A rate metric: the share of `passes` (k6 counts a failed request as a "pass" of http_req_failed). */
export interface TK6Rate {
  passes: number;
  fails: number;
  value: number;
}

/** A trend in milliseconds, with k6's statistic names. */
export interface TK6Trend {
  avg: number;
  min: number;
  med: number;
  max: number;
  p90: number;
  p95: number;
  p99: number;
}

/** A gauge: the last value and the range it moved in. */
export interface TK6Gauge {
  value: number;
  min: number;
  max: number;
}

/** The request metrics k6 reports, for the whole run or one step (k6's `{name:...}` sub-metrics). */
export interface TK6RequestMetrics {
  http_reqs: TK6Counter;
  http_req_failed: TK6Rate;
  http_req_duration: TK6Trend;
  /** Latency corrected for coordinated omission (from intended starts, or each VU's expected interval). */
  http_req_duration_corrected?: TK6Trend;
  checks: TK6Rate;
  data_sent: TK6Counter;
  data_received: TK6Counter;
}

/** The whole run's metrics plus run-level counters, and the same request metrics under each step's name. */
export interface TK6Summary {
  metrics: TK6RequestMetrics & {
    iterations: TK6Counter;
    dropped_iterations: TK6Counter;
    vus: TK6Gauge;
    vus_max: TK6Gauge;
  };
  steps: Record<string, TK6RequestMetrics>;
  /** Seconds the run lasted (the denominator of every `rate`). */
  duration_seconds: number;
}

/** What the summary needs beyond the run's totals: the VUs seen and allowed. */
export interface TK6SummaryContext {
  /** VUs running at the end, and the fewest and most seen in any second. */
  vus?: TK6Gauge;
  /** The most VUs the load allowed (max VUs in TPS mode, the VU target in concurrency mode). */
  vusMax: number;
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function counter(count: number, seconds: number): TK6Counter {
  return { count, rate: seconds > 0 ? round(count / seconds) : 0 };
}

function ratio(passes: number, fails: number): TK6Rate {
  const total = passes + fails;
  return { passes, fails, value: total > 0 ? round(passes / total, 6) : 0 };
}

/** Latency statistics in k6's names (all in milliseconds). */
export function toK6Trend(latency: TLatencySummary): TK6Trend {
  const { mean, min, p50, max, p90, p95, p99 } = latency;
  return { avg: mean, min, med: p50, max, p90, p95, p99 };
}

function requestMetrics(step: Omit<TStepSummary, "step">, seconds: number): TK6RequestMetrics {
  return {
    http_reqs: counter(step.requests, seconds),
    http_req_failed: ratio(step.failures, step.requests - step.failures),
    http_req_duration: toK6Trend(step.latency),
    ...(step.latencyCorrected ? { http_req_duration_corrected: toK6Trend(step.latencyCorrected) } : {}),
    checks: ratio(step.checksPassed, step.checksFailed),
    data_sent: counter(step.bytesSent, seconds),
    data_received: counter(step.bytesReceived, seconds),
  };
}

/** The run's summary in k6's metric names; `rate`s are per second of the run's duration. */
export function toK6Summary(summary: TRunSummary, context: TK6SummaryContext): TK6Summary {
  const seconds = summary.durationSeconds;
  const sum = (pick: (s: TStepSummary) => number) => summary.steps.reduce((n, s) => n + pick(s), 0);
  const overall = requestMetrics(
    {
      requests: summary.requests,
      failures: summary.failures,
      statusCodes: {},
      errors: {},
      bytesSent: sum((s) => s.bytesSent),
      bytesReceived: sum((s) => s.bytesReceived),
      checksPassed: sum((s) => s.checksPassed),
      checksFailed: sum((s) => s.checksFailed),
      latency: summary.latency,
      latencyCorrected: summary.latencyCorrected,
    },
    seconds,
  );
  const steps: Record<string, TK6RequestMetrics> = {};
  for (const step of summary.steps) steps[step.step] = requestMetrics(step, seconds);
  return {
    metrics: {
      ...overall,
      iterations: counter(summary.iterations, seconds),
      dropped_iterations: counter(summary.droppedIterations, seconds),
      vus: context.vus ?? { value: 0, min: 0, max: context.vusMax },
      vus_max: { value: context.vusMax, min: context.vusMax, max: context.vusMax },
    },
    steps,
    duration_seconds: seconds,
  };
}
