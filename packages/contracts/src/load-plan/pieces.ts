import type { TStage } from "../load";

/** A straight piece of a load profile: the value goes from `from` to `to` between `startMs` and `endMs`. */
export interface PlanPiece {
  startMs: number;
  endMs: number;
  from: number;
  to: number;
}

/** A usable whole number of seconds, or 0 for what is being typed (empty, zero, negative, fractional). */
export function stageSeconds(stage: TStage): number {
  const s = stage.durationSeconds;
  return Number.isInteger(s) && s > 0 ? s : 0;
}

/**
 * Each stage goes in a straight line from the previous target (`initial` at the start) to its own. The console
 * draws plans while they are typed: a stage without a usable duration is skipped and a target that is not a
 * number ≥ 0 counts as 0, so a half-edited plan still draws. A parsed plan has neither.
 */
export function piecesOf(stages: TStage[], initial = 0): PlanPiece[] {
  const pieces: PlanPiece[] = [];
  let at = 0;
  let from = initial;
  for (const stage of stages) {
    const ms = stageSeconds(stage) * 1000;
    if (ms === 0) continue;
    const to = Number.isFinite(stage.target) ? Math.max(0, stage.target) : 0;
    pieces.push({ startMs: at, endMs: at + ms, from, to });
    at += ms;
    from = to;
  }
  return pieces;
}

/** The value `ms` after the start; after the last piece its target holds. */
export function valueAt(pieces: PlanPiece[], ms: number, initial = 0): number {
  for (const p of pieces) {
    if (ms < p.endMs) return p.from + ((p.to - p.from) * (ms - p.startMs)) / (p.endMs - p.startMs);
  }
  return pieces.at(-1)?.to ?? initial;
}

/** The area under the profile from the start to `ms` (value per second over ms): trapezoids, then the hold. */
export function areaUntil(pieces: PlanPiece[], ms: number): number {
  let sum = 0;
  for (const p of pieces) {
    if (ms <= p.startMs) break;
    const until = Math.min(ms, p.endMs);
    const valueAtUntil = p.from + ((p.to - p.from) * (until - p.startMs)) / (p.endMs - p.startMs);
    sum += ((p.from + valueAtUntil) / 2) * ((until - p.startMs) / 1000);
  }
  const last = pieces.at(-1);
  if (last && ms > last.endMs) sum += last.to * ((ms - last.endMs) / 1000);
  return sum;
}
