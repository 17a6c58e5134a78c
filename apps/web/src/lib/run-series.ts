import { type TLiveFigures, type TLivePoint, ZLiveFigures } from "@stampede/contracts";

/** A zoomed time range, in seconds since the run's start (inclusive). */
export interface SecondRange {
  from: number;
  to: number;
}

/** One chart row: a second's figures for the run or one step, with the run's gauges beside them. */
export interface SeriesRow extends Omit<TLiveFigures, "statusCodes" | "errors"> {
  second: number;
  vus: number;
  iterations: number;
  droppedIterations: number;
  /** Run level only (steps do not keep a corrected histogram per second). */
  p99Corrected?: number;
}

/**
 * The seconds a chart draws. A run still going: all but the newest, which may still be filling in from a late
 * shard. An ended run (`durationSeconds` from its summary): the seconds it went through whole — the last one is
 * cut short by the run's end, and drawn it reads as a false cliff — unless that leaves fewer than two.
 */
export function wholeSeconds<T extends { second: number }>(rows: readonly T[], durationSeconds?: number | null): T[] {
  if (durationSeconds === undefined || durationSeconds === null) return rows.length > 1 ? rows.slice(0, -1) : [];
  const whole = rows.filter((r) => r.second + 1 <= durationSeconds);
  return whole.length >= 2 ? whole : [...rows];
}

/** The points inside the range (all of them without one). */
export function pointsInRange(points: TLivePoint[], range: SecondRange | null): TLivePoint[] {
  if (!range) return points;
  return points.filter((p) => p.second >= range.from && p.second <= range.to);
}

/** The figures a chart reads from one point: the whole run's, or one step's (zeros where it sent nothing). */
export function figuresOf(point: TLivePoint, step: string | null): TLiveFigures {
  if (step === null) return point;
  return point.steps.find((s) => s.step === step) ?? EMPTY_FIGURES;
}

/** A step that sent nothing in a second: zeros, from the schema's own defaults. */
const EMPTY_FIGURES: TLiveFigures = ZLiveFigures.parse({ requests: 0, failures: 0, p95: 0 });

/** Chart rows for the run, or for one step (`step`); gauges (VUs, iterations) are always the run's. */
export function seriesRows(points: TLivePoint[], step: string | null): SeriesRow[] {
  return points.map((p) => {
    const { statusCodes: _codes, errors: _errors, ...figures } = figuresOf(p, step);
    return {
      ...figures,
      second: p.second,
      vus: p.vus,
      iterations: p.iterations,
      droppedIterations: p.droppedIterations,
      ...(step === null && p.p99Corrected !== undefined ? { p99Corrected: p.p99Corrected } : {}),
    };
  });
}

/** Rows of one count map over time (status codes or error kinds): a column per key seen, 0 where absent. */
export function breakdownRows(
  points: TLivePoint[],
  step: string | null,
  field: "statusCodes" | "errors",
): { keys: string[]; rows: Array<Record<string, number>> } {
  const keys = new Set<string>();
  for (const p of points) for (const k of Object.keys(figuresOf(p, step)[field])) keys.add(k);
  const sorted = [...keys].sort();
  const rows = points.map((p) => {
    const counts = figuresOf(p, step)[field];
    const row: Record<string, number> = { second: p.second };
    for (const k of sorted) row[k] = counts[k] ?? 0;
    return row;
  });
  return { keys: sorted, rows };
}

/** The names of every step seen in the points, in the order they first appear. */
export function stepNames(points: TLivePoint[]): string[] {
  const names = new Set<string>();
  for (const p of points) for (const s of p.steps) names.add(s.step);
  return [...names];
}

/** A drag from `a` to `b` (either order) as a range; a click without a drag is none. */
export function rangeOf(a: number | undefined, b: number | undefined): SecondRange | null {
  if (a === undefined || b === undefined || a === b) return null;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}
