import { z } from "zod";
import { cappedArray, cappedString, MAX_NAME_LENGTH } from "./limits";

/** Rules one scenario (or one project's defaults) may hold. */
export const MAX_STOP_CONDITIONS = 20;
/** The longest window a rule may look at, in seconds. */
export const MAX_WINDOW_SECONDS = 3600;
/** The most consecutive windows a rule may ask for. */
export const MAX_CONSECUTIVE_WINDOWS = 100;

/**
 * What a stop condition watches, and its unit:
 * - `error_rate`, `status_share`, `checks_failure_rate`: percent (0–100) of the window's requests (checks);
 * - `p90`, `p95`, `p99`, `avg_rt`: milliseconds, from the window's merged latency histograms;
 * - `tps_below_target`: achieved iterations/s as a percent of the planned TPS target (TPS mode only);
 * - `generator_cpu`: the busiest load generator's CPU, percent of one core.
 */
export const STOP_METRICS = [
  "error_rate",
  "p90",
  "p95",
  "p99",
  "avg_rt",
  "tps_below_target",
  "status_share",
  "checks_failure_rate",
  "generator_cpu",
] as const;
export type TStopMetric = (typeof STOP_METRICS)[number];

/** How the observed value is compared with the threshold. */
export const STOP_COMPARISONS = [">", ">=", "<", "<="] as const;
export type TStopComparison = (typeof STOP_COMPARISONS)[number];

/** The unit each metric is measured in, as people read it after the figure. */
export const STOP_METRIC_UNITS: Record<TStopMetric, "%" | "ms"> = {
  error_rate: "%",
  p90: "ms",
  p95: "ms",
  p99: "ms",
  avg_rt: "ms",
  tps_below_target: "%",
  status_share: "%",
  checks_failure_rate: "%",
  generator_cpu: "%",
};

/** A status code ("500") or a class of them ("5xx"). */
const STATUS_PATTERN = /^[1-5](\d\d|xx)$/;

/**
 * A stop condition (an SLA rule): the metric of the whole run or one API, over a window of `windowSeconds`,
 * breached in `consecutiveWindows` windows in a row (evaluated every second), then `warn` or `stop` the run.
 */
export const ZStopCondition = z
  .object({
    metric: z.enum(STOP_METRICS, { message: `metric must be one of ${STOP_METRICS.join(", ")}` }),
    /** An API (step) name; absent means the whole run. */
    step: cappedString(MAX_NAME_LENGTH).min(1, "step must not be empty; leave it out for the whole run").optional(),
    /** For `status_share`: a status code such as "500" or a class such as "5xx". */
    status: z.string().regex(STATUS_PATTERN, 'status must be a code such as "500" or a class such as "5xx"').optional(),
    comparison: z.enum(STOP_COMPARISONS, { message: `comparison must be one of ${STOP_COMPARISONS.join(" ")}` }),
    threshold: z.number({ message: "threshold must be a number" }).finite().min(0, "threshold must be ≥ 0"),
    windowSeconds: z
      .number()
      .int("windowSeconds must be a whole number")
      .min(1, "windowSeconds must be at least 1")
      .max(MAX_WINDOW_SECONDS, `windowSeconds must be at most ${MAX_WINDOW_SECONDS}`)
      .default(10),
    consecutiveWindows: z
      .number()
      .int("consecutiveWindows must be a whole number")
      .min(1, "consecutiveWindows must be at least 1")
      .max(MAX_CONSECUTIVE_WINDOWS, `consecutiveWindows must be at most ${MAX_CONSECUTIVE_WINDOWS}`)
      .default(1),
    /** Skip the seconds before the load plan first reaches its peak (VUs or TPS target). */
    ignoreRampUp: z.boolean().default(false),
    action: z.enum(["warn", "stop"], { message: "action must be warn or stop" }).default("warn"),
  })
  .superRefine((rule, ctx) => {
    if (rule.metric === "status_share" && rule.status === undefined) {
      ctx.addIssue({ code: "custom", path: ["status"], message: 'status_share needs a status, e.g. "500" or "5xx"' });
    }
    if (rule.metric !== "status_share" && rule.status !== undefined) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "status is only for the status_share metric" });
    }
    if (STOP_METRIC_UNITS[rule.metric] === "%" && rule.metric !== "generator_cpu" && rule.threshold > 100) {
      ctx.addIssue({ code: "custom", path: ["threshold"], message: `${rule.metric} is a percent: at most 100` });
    }
    if (rule.step !== undefined && (rule.metric === "tps_below_target" || rule.metric === "generator_cpu")) {
      ctx.addIssue({ code: "custom", path: ["step"], message: `${rule.metric} is for the whole run; leave step out` });
    }
  });
export type TStopCondition = z.infer<typeof ZStopCondition>;
export type TStopConditionInput = z.input<typeof ZStopCondition>;

/** A list of stop conditions, as a scenario holds them and as a project keeps its defaults. */
export const ZStopConditions = cappedArray(ZStopCondition, MAX_STOP_CONDITIONS, "stop conditions");

/** The rules a run uses: the scenario's own when it has any, else the project's defaults. */
export function effectiveStopConditions(
  scenario: readonly TStopCondition[] | undefined,
  projectDefaults: readonly TStopCondition[] | undefined,
): TStopCondition[] {
  return [...(scenario?.length ? scenario : (projectDefaults ?? []))];
}

/** A rule in words: "error rate > 50% over 3 s windows, 3 in a row" (for events, stop reasons, the CLI). */
export function describeStopCondition(rule: TStopCondition): string {
  const unit = STOP_METRIC_UNITS[rule.metric];
  const subject = metricLabel(rule);
  const windows = rule.consecutiveWindows > 1 ? `, ${rule.consecutiveWindows} in a row` : "";
  return `${subject} ${rule.comparison} ${rule.threshold}${unit === "%" ? "%" : " ms"} over ${rule.windowSeconds} s windows${windows}`;
}

/** The metric's name in words, with its API when it has one: `p95 of "login"`. */
export function metricLabel(rule: Pick<TStopCondition, "metric" | "step" | "status">): string {
  const name: Record<TStopMetric, string> = {
    error_rate: "error rate",
    p90: "p90",
    p95: "p95",
    p99: "p99",
    avg_rt: "average RT",
    tps_below_target: "TPS (% of target)",
    status_share: `status ${rule.status ?? "?"} share`,
    checks_failure_rate: "checks failure rate",
    generator_cpu: "generator CPU",
  };
  return rule.step ? `${name[rule.metric]} of "${rule.step}"` : name[rule.metric];
}

/** The names a scenario's metrics are kept under: its HTTP steps, and the token provider's request. */
export function scenarioApiNames(spec: {
  flows: ReadonlyArray<{ steps: ReadonlyArray<{ type: string; name: string }> }>;
  tokenProvider?: { request: { name: string } };
}): string[] {
  const names = spec.flows.flatMap((f) => f.steps.filter((s) => s.type === "http").map((s) => s.name));
  if (spec.tokenProvider) names.push(spec.tokenProvider.request.name);
  return [...new Set(names)];
}
