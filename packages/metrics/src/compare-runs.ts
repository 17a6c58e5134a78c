import type { TCompareTolerances } from "@stampede/contracts";

/** One API's (or the whole run's) figures in one run, as the comparison reads them. */
export interface CompareFigures {
  requests: number;
  /** Requests per second over the run's duration. */
  tps: number;
  /** Failed share in percent (0–100). */
  errorRate: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** One run as compared: its figures for all APIs together and per API (step) name. */
export interface CompareRunInput {
  id: string;
  total: CompareFigures;
  steps: Record<string, CompareFigures>;
}

/** What got worse beyond the tolerances. */
export type Regression = "p95" | "p99" | "errorRate" | "tps";

/** One run's cell in a row: its figures (null: the run has no API of this name), change and regressions. */
export interface CompareCell {
  runId: string;
  figures: CompareFigures | null;
  /** Percent change against the reference run (error rate: percentage points); null where not comparable. */
  change: {
    tps: number | null;
    p95: number | null;
    p99: number | null;
    meanMs: number | null;
    errorRate: number | null;
  };
  regressions: Regression[];
}

/** One row: all APIs ("total") or one API, with a cell per run in the order given. */
export interface CompareRow {
  step: string | null;
  cells: CompareCell[];
}

const pct = (value: number, reference: number): number | null =>
  reference > 0 ? Math.round(((value - reference) / reference) * 1000) / 10 : null;

function compareCell(
  runId: string,
  figures: CompareFigures | null,
  ref: CompareFigures | null,
  t: TCompareTolerances,
  isRef: boolean,
): CompareCell {
  const none = { tps: null, p95: null, p99: null, meanMs: null, errorRate: null };
  if (!figures || !ref || isRef) return { runId, figures, change: none, regressions: [] };
  const change = {
    tps: pct(figures.tps, ref.tps),
    p95: pct(figures.p95Ms, ref.p95Ms),
    p99: pct(figures.p99Ms, ref.p99Ms),
    meanMs: pct(figures.meanMs, ref.meanMs),
    errorRate: Math.round((figures.errorRate - ref.errorRate) * 100) / 100,
  };
  const regressions: Regression[] = [];
  if (change.p95 !== null && change.p95 > t.p95Pct) regressions.push("p95");
  if (change.p99 !== null && change.p99 > t.p99Pct) regressions.push("p99");
  if (change.errorRate > t.errorRatePoints) regressions.push("errorRate");
  if (change.tps !== null && change.tps < -t.tpsPct) regressions.push("tps");
  return { runId, figures, change, regressions };
}

/**
 * Compares runs side by side against the reference (the first run, or the baseline placed first). APIs are
 * matched by step name, so runs of different scenario versions compare where their APIs agree; an API only
 * some runs have gets an empty cell in the others. Rows: all APIs first, then each API in first-seen order.
 */
export function compareRuns(runs: CompareRunInput[], tolerances: TCompareTolerances): CompareRow[] {
  const ref = runs[0];
  if (!ref) return [];
  const names: string[] = [];
  for (const run of runs) for (const name of Object.keys(run.steps)) if (!names.includes(name)) names.push(name);
  const row = (step: string | null, pick: (run: CompareRunInput) => CompareFigures | null): CompareRow => ({
    step,
    cells: runs.map((run, i) => compareCell(run.id, pick(run), pick(ref), tolerances, i === 0)),
  });
  return [row(null, (r) => r.total), ...names.map((name) => row(name, (r) => r.steps[name] ?? null))];
}
