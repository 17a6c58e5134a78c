import type { RunMetricRow } from "@stampede/db";
import { StepTotals } from "@stampede/metrics";
import { describe, expect, it } from "vitest";
import { rangeStatsOf } from "./range-stats";
import { SEALED_LAG_SECONDS, SealedRangeTotals } from "./sealed-range-totals";

/** A stored row: `count` requests of `ms` each, for one step's second. */
function row(second: number, step: string, count: number, ms: number): RunMetricRow {
  const t = new StepTotals(step);
  for (let i = 0; i < count; i++) t.record(ms * 1000, 200, undefined, 1, 2);
  const encoded = t.toEncoded();
  t.destroy();
  const zero = { p50Ms: 0, p90Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0, meanMs: 0 };
  return { ...encoded, ...zero, runId: "r", second, step, histogramCorrected: encoded.histogramCorrected ?? null };
}

/** Seconds 0..n-1 of two steps, the later ones slower, so a lost or doubled second shows in the percentiles. */
const stored = (n: number) =>
  Array.from({ length: n }, (_, s) => [row(s, "a", 5, 1 + s), row(s, "b", 2, 100 + s)]).flat();
const after = (rows: RunMetricRow[], second: number) => rows.filter((r) => r.second > second);
const secondsOf = (rows: RunMetricRow[]) => [...new Set(rows.map((r) => r.second))].sort((x, y) => x - y);

describe("SealedRangeTotals", () => {
  it("answers each refresh as a full read would, reading only the rows after what it kept", () => {
    const totals = new SealedRangeTotals(0);
    for (const n of [10, 45, 80, 81]) {
      const all = stored(n);
      const unread = after(all, totals.sealedTo);
      const answer = totals.answer(unread, secondsOf(unread));
      expect(answer).toEqual(rangeStatsOf(all, secondsOf(all)));
      expect(totals.sealedTo).toBe(Math.max(-1, n - 1 - SEALED_LAG_SECONDS));
    }
    totals.destroy();
  });

  it("counts a second once when two refreshes read the same rows at the same time", () => {
    const totals = new SealedRangeTotals(0);
    const all = stored(60);
    const first = after(all, totals.sealedTo);
    const second = after(all, totals.sealedTo); // read before the first answer sealed anything
    totals.answer(first, secondsOf(first));
    expect(totals.answer(second, secondsOf(second))).toEqual(rangeStatsOf(all, secondsOf(all)));
    totals.destroy();
  });
});
