import type { TRangeStats } from "@stampede/contracts";
import type { RunMetricRow } from "@stampede/db";
import { type StepTotals, stepTotalsOf } from "@stampede/metrics";
import { statsOfTotals } from "./range-stats-figures";

/**
 * A running run's seconds this far behind its newest stored one are taken as final. Later frames for them (a
 * paused generator's) still reach Postgres and the summary; the live tables would miss them until the run ends.
 */
export const SEALED_LAG_SECONDS = 30;

/**
 * The totals of a running run's range `from`.. (open-ended), kept between the live page's refreshes: seconds
 * old enough to be final are merged once and kept; each answer adds only the newer rows. Without it, every 2 s
 * refresh of an hour-long 20-API run would decode 72,000 stored histograms.
 */
export class SealedRangeTotals {
  private readonly byStep = new Map<string, StepTotals>();
  /** The last second merged into `byStep`; every row after it is read again on each answer. */
  sealedTo: number;
  /** The first stored second of the range, once one has been seen. */
  private firstSecond: number | null = null;
  usedAt = 0;

  constructor(readonly from: number) {
    this.sealedTo = from - 1;
  }

  /**
   * The range's stats from the kept totals plus `rows` (every stored row after `sealedTo`), whose seconds are
   * `seconds` (ascending). Rows far enough behind the newest second are kept for the next answer.
   */
  answer(rows: RunMetricRow[], seconds: number[]): TRangeStats {
    if (this.firstSecond === null && seconds.length) this.firstSecond = seconds[0]!;
    const sealedBefore = this.sealedTo;
    const newest = seconds.at(-1) ?? sealedBefore;
    const sealUpTo = newest - SEALED_LAG_SECONDS;
    // A row at or before `sealedBefore` is in the kept totals already (a concurrent answer sealed it).
    const unread = rows.filter((r) => r.second > sealedBefore);
    for (const row of unread) if (row.second <= sealUpTo) stepTotalsOf(this.byStep, row.step).addEncoded(row);
    this.sealedTo = Math.max(sealedBefore, sealUpTo);
    const answer = new Map<string, StepTotals>();
    try {
      for (const kept of this.byStep.values()) stepTotalsOf(answer, kept.step).add(kept);
      for (const row of unread) if (row.second > sealUpTo) stepTotalsOf(answer, row.step).addEncoded(row);
      return statsOfTotals(answer, this.firstSecond, this.firstSecond === null ? null : newest);
    } finally {
      for (const t of answer.values()) t.destroy();
    }
  }

  destroy() {
    for (const t of this.byStep.values()) t.destroy();
    this.byStep.clear();
  }
}
