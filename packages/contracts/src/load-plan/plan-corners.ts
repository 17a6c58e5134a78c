import type { TStage } from "../load";
import { type PlanPiece, piecesOf } from "./pieces";

/** A corner of the drawn profile, `t` in seconds; two corners at one time draw a vertical step. */
export interface Corner {
  t: number;
  v: number;
}

/** Above this many whole-VU steps in one stage the stairs are drawn as their slope: a pixel or less each. */
const MAX_STEPS_PER_STAGE = 50;

const seconds = (p: PlanPiece) => ({ t0: p.startMs / 1000, t1: p.endMs / 1000 });

/**
 * The rate over time (TPS mode): straight lines between the stage ends, the last target held until `until`.
 * Exact, since the rate is linear within a stage.
 */
export function rateCorners(stages: TStage[], until: number): Corner[] {
  const corners: Corner[] = [{ t: 0, v: 0 }];
  for (const p of piecesOf(stages)) corners.push({ t: seconds(p).t1, v: p.to });
  return holdTo(corners, until);
}

/**
 * VUs over time (concurrency mode), as `vuSchedule` runs them: `min(max, round(linear value))`, so whole-VU
 * stairs, each step where the straight line crosses a half (k − ½ going up, k + ½ going down).
 */
export function vuCorners(stages: TStage[], max: number, until: number): Corner[] {
  const cap = Number.isFinite(max) && max >= 0 ? max : Infinity;
  const vus = (x: number) => Math.min(cap, Math.round(x));
  const corners: Corner[] = [{ t: 0, v: 0 }];
  for (const p of piecesOf(stages)) {
    const { t0, t1 } = seconds(p);
    const a = vus(p.from);
    const b = vus(p.to);
    const at = (x: number) => t0 + ((x - p.from) / (p.to - p.from)) * (t1 - t0);
    if (a !== b && Math.abs(b - a) <= MAX_STEPS_PER_STAGE) {
      const up = b > a;
      for (let k = up ? a + 1 : a - 1; up ? k <= b : k >= b; k += up ? 1 : -1) {
        const t = at(up ? k - 0.5 : k + 0.5);
        corners.push({ t, v: up ? k - 1 : k + 1 }, { t, v: k });
      }
    } else if (a !== b) {
      // Many small steps: the slope, bent where it meets the Max VUs ceiling.
      if (p.from > cap) corners.push({ t: at(cap), v: cap });
      if (p.to > cap) corners.push({ t: at(cap), v: cap });
    }
    corners.push({ t: t1, v: b });
  }
  return holdTo(corners, until);
}

function holdTo(corners: Corner[], until: number): Corner[] {
  const last = corners.at(-1)!;
  return last.t < until ? [...corners, { t: until, v: last.v }] : corners;
}

/** The value just before `t` (a step exactly at `t` has not happened yet). */
export function valueBefore(corners: Corner[], t: number): number {
  for (let i = 1; i < corners.length; i++) {
    const a = corners[i - 1]!;
    const b = corners[i]!;
    if (b.t >= t && a.t < t) return a.v + ((b.v - a.v) * (t - a.t)) / (b.t - a.t);
  }
  return corners.at(-1)!.v;
}

/**
 * Splits the profile where the run ends: what runs (up to `end`, with the value just before it) and what the
 * stages would have done after it, which never runs.
 */
export function splitAt(corners: Corner[], end: number): { run: Corner[]; beyond: Corner[] } {
  const at = { t: end, v: valueBefore(corners, end) };
  const run = [...corners.filter((c) => c.t < end), at];
  const after = corners.filter((c) => c.t >= end);
  const beyond = after.some((c) => c.t > end) ? [at, ...after] : [];
  return { run, beyond };
}
