import { CliError } from "./exit-codes";

/** What a threshold measures; latency metrics are in milliseconds. */
export type TThresholdMetric =
  | "p50"
  | "p90"
  | "p95"
  | "p99"
  | "avg"
  | "min"
  | "max"
  | "error_rate"
  | "checks"
  | "failures"
  | "requests"
  | "rps"
  | "iterations"
  | "dropped_iterations";

export type TThresholdOperator = "<" | "<=" | ">" | ">=" | "==" | "!=";

/** A parsed `--threshold`, e.g. `p95{step:Join activity}<200`. */
export interface TThreshold {
  /** As the user wrote it, for the report. */
  source: string;
  metric: TThresholdMetric;
  /** Restricts the metric to one step's requests; absent means the whole run. */
  step?: string;
  operator: TThresholdOperator;
  /** In the metric's unit: ms for latency, a fraction (0.01) for error_rate and checks. */
  limit: number;
}

// k6 spells percentiles p(95) and the median med; both spellings are accepted so k6 habits carry over.
const ALIASES: Record<string, TThresholdMetric> = {
  med: "p50",
  mean: "avg",
  "p(50)": "p50",
  "p(90)": "p90",
  "p(95)": "p95",
  "p(99)": "p99",
};
const LATENCY: readonly TThresholdMetric[] = ["p50", "p90", "p95", "p99", "avg", "min", "max"];
const METRICS: readonly TThresholdMetric[] = [
  ...LATENCY,
  "error_rate",
  "checks",
  "failures",
  "requests",
  "rps",
  "iterations",
  "dropped_iterations",
];
/** Counted per run, not per step: an iteration spans every step of a flow. */
const RUN_ONLY: readonly TThresholdMetric[] = ["iterations", "dropped_iterations"];

const GRAMMAR =
  /^\s*(p\(\d+(?:\.\d+)?\)|[a-z_][a-z0-9_]*)\s*(?:\{\s*step\s*:\s*(.*?)\s*\})?\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*(ms|s|%)?\s*$/i;

export function isLatencyMetric(metric: TThresholdMetric): boolean {
  return LATENCY.includes(metric);
}

/** Fractions: the share of failed requests, and (as k6's `checks`) the share of checkpoints that passed. */
export function isRateMetric(metric: TThresholdMetric): boolean {
  return metric === "error_rate" || metric === "checks";
}

/** Parses one `--threshold` expression; a CliError (exit 2) says what is wrong with it. */
export function parseThreshold(source: string): TThreshold {
  const bad = (why: string) => new CliError(`--threshold "${source}": ${why}`);
  const match = GRAMMAR.exec(source);
  if (!match) {
    throw bad("expected <metric>[{step:<name>}]<op><number>, e.g. p95<300, error_rate<1%, p95{step:Login}<200");
  }
  const [, rawMetric, rawStep, operator, rawLimit, unit] = match;
  const name = rawMetric!.toLowerCase();
  const metric = ALIASES[name] ?? METRICS.find((m) => m === name);
  if (!metric) {
    const hint = /^p\(?\d/.test(name) ? "percentiles available are p50, p90, p95, p99" : `use ${METRICS.join(", ")}`;
    throw bad(`unknown metric "${rawMetric}" (${hint})`);
  }
  const step = rawStep === undefined ? undefined : unquote(rawStep);
  if (step === "") throw bad("{step:...} needs a step name");
  if (step !== undefined && RUN_ONLY.includes(metric)) throw bad(`${metric} is counted per run, not per step`);
  return {
    source,
    metric,
    step,
    operator: operator as TThresholdOperator,
    limit: limitIn(metric, rawLimit!, unit, bad),
  };
}

function unquote(text: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(text);
  return quoted ? quoted[2]! : text;
}

function limitIn(
  metric: TThresholdMetric,
  raw: string,
  unit: string | undefined,
  bad: (why: string) => CliError,
): number {
  const value = Number(raw);
  const u = unit?.toLowerCase();
  if (isLatencyMetric(metric)) {
    if (u === "%") throw bad(`${metric} is a latency; use ms or s, not %`);
    return u === "s" ? value * 1000 : value;
  }
  if (isRateMetric(metric)) {
    if (u === "ms" || u === "s") throw bad(`${metric} is a fraction (0.01) or a percentage (1%)`);
    const rate = u === "%" ? value / 100 : value;
    if (rate < 0 || rate > 1) throw bad(`${metric} is between 0 and 1 (or 0% and 100%)`);
    return rate;
  }
  if (u) throw bad(`${metric} takes a plain number, without "${unit}"`);
  return value;
}
