import type { TLoadConfig, TRunSummary, TScenarioSpec } from "@stampede/contracts";
import { omissionWarning } from "./omission-warning";
import { plannedLevels } from "./stop-watch-options";

/** A plain-language hint about a run or its settings, with the figure behind it. */
export interface TInsight {
  /** Stable id, e.g. "token_every_iteration". */
  id: string;
  severity: "info" | "warning";
  message: string;
}

/** What insights are computed from; everything but the load is optional (a live run has no summary yet). */
export interface InsightsInput {
  load: TLoadConfig | null;
  spec?: TScenarioSpec | null;
  /** The run's totals: the final summary, or one of the seconds stored so far. */
  summary?: TRunSummary | null;
  /** Per-second requests of each step, for the peak rate of a token step. */
  stepSeconds?: ReadonlyArray<{ second: number; step: string; requests: number }>;
  /** The token's lifetime as the token provider's answers gave it (`expires_in`), when known. */
  tokenLifetimeSeconds?: number;
}

const n = (v: number) => Math.round(v).toLocaleString("en-US");
const oneDecimal = (v: number) => (v >= 100 ? n(v) : String(Math.round(v * 10) / 10));

/** A step ramp (or ramp-up) that never reaches Max VUs within the duration: computed from the load alone. */
export function loadInsights(load: TLoadConfig | null): TInsight[] {
  if (!load || load.mode !== "concurrency") return [];
  const top = Math.max(...plannedLevels(load));
  // A half-typed load (an emptied field in the editor) has nothing to say yet.
  if (!Number.isFinite(top) || !(load.vus > 0) || top >= load.vus) return [];
  const how =
    load.startPercent !== undefined
      ? `start ${load.startPercent}%, +${load.incrementPercent}% every ${load.stepDurationSeconds} s`
      : "its stages";
  return [
    {
      id: "ramp_never_reaches_max",
      severity: "warning",
      message:
        `the ramp (${how}) reaches only ${n(top)} of ${n(load.vus)} max VUs within the ${load.durationSeconds} s ` +
        "duration: lengthen the run, or start higher or step faster",
    },
  ];
}

/** The token provider refreshes at half the token's lifetime when its margin is not shorter than that lifetime. */
export function tokenMarginInsights(spec: TScenarioSpec | null | undefined, observedLifetime?: number): TInsight[] {
  const provider = spec?.tokenProvider;
  if (!provider) return [];
  const lifetime = provider.lifetime.type === "fixed" ? provider.lifetime.seconds : observedLifetime;
  const margin = provider.refreshMarginSeconds;
  if (lifetime === undefined || margin < lifetime) return [];
  return [
    {
      id: "token_refresh_margin",
      severity: "warning",
      message:
        `the token provider's refresh margin (${oneDecimal(margin)} s) is not shorter than the token's life ` +
        `(${oneDecimal(lifetime)} s), so it refreshes at half the lifetime (every ${oneDecimal(lifetime / 2)} s): ` +
        `set a margin below ${oneDecimal(lifetime)} s`,
    },
  ];
}

/** HTTP steps that obtain a token: an output parameter named or read as a token (insights read their seconds). */
export function tokenSteps(spec: TScenarioSpec): Array<{ step: string; share: number }> {
  const totalWeight = spec.flows.reduce((w, f) => w + f.weight, 0) || 1;
  return spec.flows.flatMap((flow) =>
    flow.steps
      .filter((s) => s.type === "http" && s.enabled !== false)
      .filter((s) => s.type === "http" && s.outputs.some((o) => /token/i.test(`${o.name} ${o.expression ?? ""}`)))
      .map((s) => ({ step: s.name, share: flow.weight / totalWeight })),
  );
}

/** A token step called on (almost) every iteration of its flow, with its rate per second. */
function tokenEveryIteration(input: InsightsInput, summary: TRunSummary): TInsight[] {
  if (!input.spec || summary.iterations === 0 || summary.durationSeconds <= 0) return [];
  return tokenSteps(input.spec).flatMap(({ step, share }) => {
    const requests = summary.steps.find((s) => s.step === step)?.requests ?? 0;
    if (requests < 10 || requests < 0.9 * summary.iterations * share) return [];
    const perSecond = input.stepSeconds?.filter((s) => s.step === step).map((s) => s.requests) ?? [];
    const peak = perSecond.length ? `, peak ${n(Math.max(...perSecond))}/s` : "";
    return [
      {
        id: "token_every_iteration",
        severity: "warning" as const,
        message:
          `the token step "${step}" ran on every iteration: ${n(requests)} token requests, ` +
          `${oneDecimal(requests / summary.durationSeconds)}/s${peak}. Platforms cap token fetches per day (WeChat ` +
          "does) and a new token may invalidate the last one: use the scenario's token provider, which shares one " +
          "token between all VUs and refreshes it before it expires",
      },
    ];
  });
}

/** Hints from the run's figures. */
function summaryInsights(input: InsightsInput, summary: TRunSummary): TInsight[] {
  const out: TInsight[] = [...tokenEveryIteration(input, summary)];
  const omission = omissionWarning(summary);
  if (omission) {
    const hidden = input.load?.mode === "concurrency" ? " (VU mode waits for each answer, which hid the stall)" : "";
    out.push({ id: "corrected_p99", severity: "warning", message: `${omission}${hidden}` });
  }
  if (summary.generatorBound) {
    out.push({
      id: "generator_bound",
      severity: "warning",
      message:
        "the load generators ran above 85% CPU for much of the run: the figures measure them as much as the " +
        "target; add workers, or lower the load per worker",
    });
  }
  if (summary.droppedIterations > 0) {
    const due = summary.iterations + summary.droppedIterations;
    const maxVus = input.load?.mode === "rate" ? ` (all ${n(input.load.maxVus)} max VUs were busy)` : "";
    out.push({
      id: "dropped_iterations",
      severity: "warning",
      message:
        `${n(summary.droppedIterations)} iterations (${oneDecimal((summary.droppedIterations / due) * 100)}% of ` +
        `those due) were dropped${maxVus}: raise max VUs to reach the target rate`,
    });
  }
  return out;
}

/**
 * Every insight for a run, or for settings before a run: what the load and the scenario say alone, then what
 * the figures say. The run page, the report and the CLI summary all show this list.
 */
export function insightsFor(input: InsightsInput): TInsight[] {
  return [
    ...(input.summary ? summaryInsights(input, input.summary) : []),
    ...loadInsights(input.load),
    ...tokenMarginInsights(input.spec, input.tokenLifetimeSeconds),
  ];
}
