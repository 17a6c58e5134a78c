import type { TLivePoint } from "@stampede/contracts";
import type { SecondRecord, StepSecondRecord } from "./second-totals";

/** What a live point reads from a stored second (the RunSecond row, or the record just merged). */
export type LivePointSecond = Pick<
  SecondRecord,
  "second" | "requests" | "failures" | "vus" | "p50Ms" | "p95Ms" | "p99Ms" | "p99CorrectedMs"
>;
/** What a live point reads from each step's stored second. */
export type LivePointStep = Pick<StepSecondRecord, "step" | "requests" | "failures" | "p95Ms">;

/**
 * The chart's point for one second: the same whether the controller publishes it live or the console
 * rebuilds it from Postgres. Run-level percentiles come from the second's merged histogram (exact).
 */
export function toLivePoint(second: LivePointSecond, steps: LivePointStep[]): TLivePoint {
  return {
    second: second.second,
    requests: second.requests,
    failures: second.failures,
    vus: second.vus,
    p50: second.p50Ms,
    p95: second.p95Ms,
    p99: second.p99Ms,
    ...(second.p99CorrectedMs === null ? {} : { p99Corrected: second.p99CorrectedMs }),
    steps: steps.map((s) => ({ step: s.step, requests: s.requests, failures: s.failures, p95: s.p95Ms })),
  };
}
