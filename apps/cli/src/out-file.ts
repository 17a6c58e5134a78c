import { stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import {
  toK6Summary,
  type TK6Summary,
  type TK6SummaryContext,
  type TLatencySummary,
  type TLoadConfig,
  type TRunSummary,
} from "@stampede/contracts";
import type { TThresholdResult } from "./evaluate-thresholds";
import { CliError, EXIT } from "./exit-codes";

/**
 * The `--out` document: the run's metrics in k6's names (`metrics.http_reqs`, `metrics.http_req_duration`, the
 * same per step under `steps`), plus what the CLI decided (scenario, load, interrupted, thresholds).
 */
export interface TOutDocument extends TK6Summary {
  scenario: string;
  load: TLoadConfig;
  interrupted: boolean;
  /** The load generator's CPU was the limit for much of the run. */
  generator_bound: boolean;
  /** TPS mode: how late iterations started against their schedule (ms). */
  scheduler_lateness?: TLatencySummary;
  thresholds: {
    expression: string;
    metric: string;
    step?: string;
    operator: string;
    limit: number;
    actual: number;
    ok: boolean;
  }[];
}

/** Fails before the run, not after minutes of load, when the --out directory does not exist. */
export async function checkOutPath(out: string): Promise<void> {
  const dir = dirname(resolve(out));
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new CliError(`--out ${out}: directory ${dir} does not exist`);
}

export function outDocument(
  base: Pick<TOutDocument, "scenario" | "load" | "interrupted">,
  summary: TRunSummary,
  vus: TK6SummaryContext,
  results: TThresholdResult[],
): TOutDocument {
  return {
    ...base,
    ...toK6Summary(summary, vus),
    generator_bound: summary.generatorBound,
    ...(summary.schedulerLateness ? { scheduler_lateness: summary.schedulerLateness } : {}),
    thresholds: results.map(({ threshold: t, actual, ok }) => ({
      expression: t.source,
      metric: t.metric,
      step: t.step,
      operator: t.operator,
      limit: t.limit,
      actual,
      ok,
    })),
  };
}

export async function writeOutFile(out: string, document: TOutDocument): Promise<void> {
  try {
    await writeFile(out, `${JSON.stringify(document, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`--out ${out}: cannot write: ${(error as Error).message}`, EXIT.failed);
  }
}
