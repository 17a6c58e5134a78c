import type { TStopCondition } from "@stampede/contracts";
import { mergeEncodedHistograms, summarizeLatency } from "./histogram";
import type { EncodedStepCounts } from "./step-totals";

/** One merged second as the stop-condition evaluator reads it: run gauges and each step's counts. */
export interface StopWatchSecond {
  second: number;
  iterations: number;
  /** The busiest generator's CPU, a fraction of one core; null where it was not measured. */
  generatorCpu: number | null;
  steps: Array<{ step: string } & EncodedStepCounts>;
}

const percentOf = (part: number, whole: number) => (whole === 0 ? undefined : (part / whole) * 100);

/** Whether a status code ("503") is the rule's code or in its class ("5xx"). */
function statusMatches(code: string, wanted: string): boolean {
  return wanted.endsWith("xx") ? code[0] === wanted[0] && code.length === 3 : code === wanted;
}

/**
 * The rule's metric over one window (the seconds in it that have figures; `windowSeconds` is its length), in
 * the rule's unit; undefined when the window has nothing to measure it on. Percentiles come from the window's
 * merged histograms, never from per-second percentiles.
 */
export function windowValue(
  rule: TStopCondition,
  window: readonly StopWatchSecond[],
  windowSeconds: number,
  targetRate: number | undefined,
): number | undefined {
  if (rule.metric === "tps_below_target") {
    if (!targetRate) return undefined;
    const iterations = window.reduce((n, s) => n + s.iterations, 0);
    return (iterations / windowSeconds / targetRate) * 100;
  }
  if (rule.metric === "generator_cpu") {
    const cpus = window.map((s) => s.generatorCpu).filter((c): c is number => c !== null);
    return cpus.length ? (cpus.reduce((a, b) => a + b, 0) / cpus.length) * 100 : undefined;
  }
  const steps = window.flatMap((s) => s.steps.filter((st) => rule.step === undefined || st.step === rule.step));
  const requests = steps.reduce((n, s) => n + s.requests, 0);
  switch (rule.metric) {
    case "error_rate":
      return percentOf(
        steps.reduce((n, s) => n + s.failures, 0),
        requests,
      );
    case "status_share": {
      const wanted = rule.status ?? "";
      const matching = steps.reduce(
        (n, s) =>
          n + Object.entries(s.statusCodes).reduce((m, [code, c]) => m + (statusMatches(code, wanted) ? c : 0), 0),
        0,
      );
      return percentOf(matching, requests);
    }
    case "checks_failure_rate": {
      const failed = steps.reduce((n, s) => n + s.checksFailed, 0);
      return percentOf(failed, failed + steps.reduce((n, s) => n + s.checksPassed, 0));
    }
    default: {
      if (requests === 0) return undefined;
      const merged = mergeEncodedHistograms(steps.map((s) => s.histogram));
      const latency = summarizeLatency(merged);
      merged.destroy();
      return { p90: latency.p90, p95: latency.p95, p99: latency.p99, avg_rt: latency.mean }[rule.metric];
    }
  }
}
