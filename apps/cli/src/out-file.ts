import { stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { TLoadConfig, TRunSummary } from "@stampede/contracts";
import type { TThresholdResult } from "./evaluate-thresholds";
import { CliError, EXIT } from "./exit-codes";

/** The `--out` document: the engine's summary fields at the top level, plus what the CLI decided. */
export interface TOutDocument extends TRunSummary {
  scenario: string;
  load: TLoadConfig;
  interrupted: boolean;
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
  base: Omit<TOutDocument, "thresholds" | keyof TRunSummary>,
  summary: TRunSummary,
  results: TThresholdResult[],
): TOutDocument {
  return {
    ...summary,
    ...base,
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
