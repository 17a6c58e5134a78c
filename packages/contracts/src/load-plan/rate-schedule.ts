import type { TRateLoad, TStage } from "../load";
import { areaUntil, piecesOf, valueAt } from "./pieces";

/**
 * The arrival-rate profile. Iterations due so far is the integral of the rate, so slots are placed from the
 * absolute start time and a late tick catches up instead of drifting.
 */
export interface RateSchedule {
  /** Iterations due `ms` after the start (never more than `total`). */
  dueBy(ms: number): number;
  /** When slot k (1-based) falls due, in ms from the start: the inverse of `dueBy`. */
  timeOfSlot(k: number): number;
  /** Iterations per second `ms` after the start. */
  rateAt(ms: number): number;
  /** Iterations the whole run starts. */
  total: number;
}

/** The rate's stages: explicit ones, or a linear ramp from the start rate followed by a hold to the end. */
function rateStages(load: TRateLoad): { stages: TStage[]; initial: number } {
  if (load.stages) return { stages: load.stages, initial: 0 };
  const ramp = load.rampSeconds > 0 ? [{ durationSeconds: load.rampSeconds, target: load.targetRate }] : [];
  const hold = { durationSeconds: Math.max(1, load.durationSeconds - load.rampSeconds), target: load.targetRate };
  const initial = load.rampSeconds > 0 ? (load.startRate ?? load.targetRate) : load.targetRate;
  return { stages: [...ramp, hold], initial };
}

export function rateSchedule(load: TRateLoad): RateSchedule {
  const { stages, initial } = rateStages(load);
  const pieces = piecesOf(stages, initial);
  const endMs = load.durationSeconds * 1000;
  // Slot k is due when the integral reaches k; a tiny epsilon absorbs float error at boundaries.
  const total = Math.floor(areaUntil(pieces, endMs) + 1e-9);
  const timeOfSlot = (k: number): number => {
    let before = 0;
    for (const p of pieces) {
      const seconds = (p.endMs - p.startMs) / 1000;
      const area = ((p.from + p.to) / 2) * seconds;
      if (before + area >= k) {
        const need = k - before;
        const slope = (p.to - p.from) / seconds;
        // need = from·τ + slope·τ²/2, solved for τ (seconds into the piece).
        const tau =
          Math.abs(slope) < 1e-12 ? need / p.from : (-p.from + Math.sqrt(p.from * p.from + 2 * slope * need)) / slope;
        return p.startMs + tau * 1000;
      }
      before += area;
    }
    const last = pieces.at(-1);
    return last ? last.endMs + ((k - before) / last.to) * 1000 : Infinity;
  };
  return {
    dueBy: (ms) => Math.min(total, Math.floor(areaUntil(pieces, Math.min(ms, endMs)) + 1e-9)),
    timeOfSlot,
    rateAt: (ms) => valueAt(pieces, ms, initial),
    total,
  };
}
