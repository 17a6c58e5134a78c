import type { TConcurrencyLoad } from "../load";
import { piecesOf, valueAt } from "./pieces";

/**
 * How many VUs should be running `ms` after the start: explicit stages, PTS's step ramp (start %, then
 * + increment % every step), or a linear ramp-up — the first VU at once, the last at the end of the ramp.
 * Stage values are rounded to whole VUs and capped at `vus`.
 */
export function vuSchedule(load: TConcurrencyLoad): (ms: number) => number {
  const max = load.vus;
  if (load.stages) {
    const pieces = piecesOf(load.stages);
    return (ms) => Math.min(max, Math.round(valueAt(pieces, ms)));
  }
  if (load.startPercent !== undefined && load.incrementPercent !== undefined && load.stepDurationSeconds) {
    const start = Math.max(1, Math.ceil((max * load.startPercent) / 100));
    const increment = Math.max(1, Math.ceil((max * load.incrementPercent) / 100));
    const stepMs = load.stepDurationSeconds * 1000;
    return (ms) => Math.min(max, start + Math.floor(ms / stepMs) * increment);
  }
  if (!load.rampUpSeconds || max === 1) return () => max;
  const rampMs = load.rampUpSeconds * 1000;
  return (ms) => Math.min(max, Math.floor((max * ms) / rampMs) + 1);
}
