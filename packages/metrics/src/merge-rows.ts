import type { TStepSummary } from "@stampede/contracts";
import { type EncodedStepCounts, StepTotals, stepTotalsOf } from "./step-totals";

/** A stored row of one step's second (or a frame) with the step it belongs to. */
export interface StepRowLike extends EncodedStepCounts {
  step: string;
}

/** Every step's totals over some rows, and all steps together; each from merged histograms. */
export interface MergedRows {
  all: TStepSummary;
  steps: TStepSummary[];
}

/**
 * Totals of a set of stored rows (a range of seconds, a ramp step): counts add and histograms merge, so a
 * percentile over the range is exact, never an average of each second's percentile.
 */
export function mergeStepRows(rows: Iterable<StepRowLike>, allName = "all"): MergedRows {
  const byStep = new Map<string, StepTotals>();
  for (const row of rows) stepTotalsOf(byStep, row.step).addEncoded(row);
  const all = new StepTotals(allName);
  const steps: TStepSummary[] = [];
  for (const totals of byStep.values()) {
    all.add(totals);
    steps.push(totals.toSummary());
    totals.destroy();
  }
  const summary = all.toSummary();
  all.destroy();
  return { all: summary, steps };
}
