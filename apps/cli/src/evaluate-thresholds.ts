import {
  scenarioApiNames,
  type TLatencySummary,
  type TRunSummary,
  type TScenarioSpec,
  type TStepSummary,
} from "@stampede/contracts";
import { CliError } from "./exit-codes";
import type { TThreshold, TThresholdMetric, TThresholdOperator } from "./thresholds";

/** One threshold after the run: the value measured and whether it stayed within the limit. */
export interface TThresholdResult {
  threshold: TThreshold;
  /** NaN when the run measured nothing the metric could be computed from (checks, with no checkpoint run). */
  actual: number;
  ok: boolean;
}

/** The names metrics are reported under: HTTP steps, and the token provider's request. */
export function metricStepNames(spec: TScenarioSpec): string[] {
  return scenarioApiNames(spec);
}

/** Refuses, before any traffic, a `{step:...}` that no step of the scenario is named (a typo would always pass). */
export function checkThresholdSteps(thresholds: TThreshold[], stepNames: string[]): void {
  for (const t of thresholds) {
    if (t.step !== undefined && !stepNames.includes(t.step)) {
      const known = stepNames.map((n) => `"${n}"`).join(", ");
      throw new CliError(`--threshold "${t.source}": no step named "${t.step}" in the scenario (steps: ${known})`);
    }
  }
}

const COMPARE: Record<TThresholdOperator, (a: number, b: number) => boolean> = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b,
};

export function evaluateThresholds(thresholds: TThreshold[], summary: TRunSummary): TThresholdResult[] {
  return thresholds.map((threshold) => {
    const actual = actualValue(threshold, summary);
    // A limit on something never measured fails rather than passing vacuously.
    const ok = !Number.isNaN(actual) && COMPARE[threshold.operator](actual, threshold.limit);
    return { threshold, actual, ok };
  });
}

interface TCounts {
  requests: number;
  failures: number;
  checksPassed: number;
  checksFailed: number;
  latency: TLatencySummary;
}

const NOTHING: TCounts = {
  requests: 0,
  failures: 0,
  checksPassed: 0,
  checksFailed: 0,
  latency: { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 },
};

function countsOf(summary: TRunSummary, step: string | undefined): TCounts {
  if (step === undefined) {
    const sum = (pick: (s: TStepSummary) => number) => summary.steps.reduce((n, s) => n + pick(s), 0);
    return { ...summary, checksPassed: sum((s) => s.checksPassed), checksFailed: sum((s) => s.checksFailed) };
  }
  // A step that never ran (disabled, or the run stopped before it) has no entry: it measured nothing.
  return summary.steps.find((s) => s.step === step) ?? NOTHING;
}

function actualValue(threshold: TThreshold, summary: TRunSummary): number {
  const counts = countsOf(summary, threshold.step);
  const metric: TThresholdMetric = threshold.metric;
  switch (metric) {
    case "p50":
    case "p90":
    case "p95":
    case "p99":
    case "min":
    case "max":
      return counts.latency[metric];
    case "avg":
      return counts.latency.mean;
    case "error_rate":
      return counts.requests === 0 ? 0 : counts.failures / counts.requests;
    case "checks": {
      const total = counts.checksPassed + counts.checksFailed;
      return total === 0 ? Number.NaN : counts.checksPassed / total;
    }
    case "failures":
      return counts.failures;
    case "requests":
      return counts.requests;
    case "rps":
      if (threshold.step === undefined) return summary.rps;
      return summary.durationSeconds > 0 ? counts.requests / summary.durationSeconds : 0;
    case "iterations":
      return summary.iterations;
    case "dropped_iterations":
      return summary.droppedIterations;
  }
}
