import type { TLatencySummary, TRunSummary, TStepSummary } from "@stampede/contracts";

/** Latencies in ms; unspecified percentiles are derived so the ordering stays plausible. */
export function latency(p95: number, overrides: Partial<TLatencySummary> = {}): TLatencySummary {
  return {
    min: p95 / 10,
    mean: p95 / 2,
    p50: p95 / 2,
    p90: p95 * 0.9,
    p95,
    p99: p95 * 1.5,
    max: p95 * 3,
    ...overrides,
  };
}

export function stepSummary(step: string, overrides: Partial<TStepSummary> = {}): TStepSummary {
  const requests = overrides.requests ?? 100;
  return {
    step,
    requests,
    failures: 0,
    statusCodes: { "200": requests },
    errors: {},
    bytesSent: 0,
    bytesReceived: 0,
    checksPassed: 0,
    checksFailed: 0,
    latency: latency(10),
    ...overrides,
  };
}

/** A run summary whose totals are the sums of its steps (as the engine's are). */
export function runSummary(steps: TStepSummary[], overrides: Partial<TRunSummary> = {}): TRunSummary {
  const requests = steps.reduce((n, s) => n + s.requests, 0);
  const durationSeconds = overrides.durationSeconds ?? 10;
  return {
    durationSeconds,
    requests,
    failures: steps.reduce((n, s) => n + s.failures, 0),
    iterations: steps[0]?.requests ?? 0,
    droppedIterations: 0,
    generatorBound: false,
    rps: Math.round((requests / durationSeconds) * 10) / 10,
    latency: latency(Math.max(0, ...steps.map((s) => s.latency.p95))),
    steps,
    ...overrides,
  };
}
