import type { TRangeFigures, TRangeStats } from "@stampede/contracts";
import { StepTotals } from "@stampede/metrics";

/** Range stats from merged per-step totals over stored seconds `from`..`to` (null: none stored). */
export function statsOfTotals(byStep: Map<string, StepTotals>, from: number | null, to: number | null): TRangeStats {
  const span = from === null || to === null ? 0 : to - from + 1;
  const overall = new StepTotals("");
  try {
    for (const totals of byStep.values()) overall.add(totals);
    return {
      from,
      to,
      seconds: span,
      overall: figuresOf(overall, span),
      steps: [...byStep.values()].map((t) => ({ step: t.step, ...figuresOf(t, span) })),
    };
  } finally {
    overall.destroy();
  }
}

function figuresOf(totals: StepTotals, seconds: number): TRangeFigures {
  const { step: _step, latencyCorrected, ...summary } = totals.toSummary();
  return {
    ...summary,
    latencyCorrected: latencyCorrected ?? summary.latency,
    successRate: summary.requests > 0 ? 1 - summary.failures / summary.requests : 1,
    tps: seconds > 0 ? Math.round((summary.requests / seconds) * 10) / 10 : 0,
  };
}
