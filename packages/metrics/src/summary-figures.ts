import type { TStepSummary } from "@stampede/contracts";
import type { CompareFigures } from "./compare-runs";

/** A run's (or one API's) figures as the comparison reads them, from its summary and the run's duration. */
export function summaryFigures(
  step: Pick<TStepSummary, "requests" | "failures" | "latency">,
  seconds: number,
): CompareFigures {
  return {
    requests: step.requests,
    tps: seconds > 0 ? Math.round((step.requests / seconds) * 10) / 10 : 0,
    errorRate: step.requests ? Math.round((step.failures / step.requests) * 10000) / 100 : 0,
    meanMs: step.latency.mean,
    p50Ms: step.latency.p50,
    p95Ms: step.latency.p95,
    p99Ms: step.latency.p99,
  };
}
