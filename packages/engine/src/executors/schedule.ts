import type { TConcurrencyLoad, TRateLoad, TStage } from "@stampede/contracts";

/** A linear piece of a profile: the value goes from `from` to `to` between `startMs` and `endMs`. */
interface Segment {
  startMs: number;
  endMs: number;
  from: number;
  to: number;
}

function segmentsOf(stages: TStage[], initial: number): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  let from = initial;
  for (const s of stages) {
    segments.push({ startMs: at, endMs: at + s.durationSeconds * 1000, from, to: s.target });
    at += s.durationSeconds * 1000;
    from = s.target;
  }
  return segments;
}

function valueAt(segments: Segment[], ms: number): number {
  for (const s of segments) {
    if (ms < s.endMs) return s.from + ((s.to - s.from) * (ms - s.startMs)) / (s.endMs - s.startMs);
  }
  return segments.at(-1)?.to ?? 0;
}

/**
 * How many VUs should be running `ms` after the start: explicit stages, PTS's step ramp (start %, then
 * + increment % every step), or a linear ramp-up — the first VU at once, the last at the end of the ramp.
 */
export function vuSchedule(load: TConcurrencyLoad): (ms: number) => number {
  const max = load.vus;
  if (load.stages) {
    const segments = segmentsOf(load.stages, 0);
    return (ms) => Math.min(max, Math.round(valueAt(segments, ms)));
  }
  if (
    load.startPercent !== undefined &&
    load.incrementPercent !== undefined &&
    load.stepDurationSeconds !== undefined
  ) {
    const start = Math.max(1, Math.ceil((max * load.startPercent) / 100));
    const increment = Math.max(1, Math.ceil((max * load.incrementPercent) / 100));
    const stepMs = load.stepDurationSeconds * 1000;
    return (ms) => Math.min(max, start + Math.floor(ms / stepMs) * increment);
  }
  if (load.rampUpSeconds === 0 || max === 1) return () => max;
  const rampMs = load.rampUpSeconds * 1000;
  return (ms) => Math.min(max, Math.floor((max * ms) / rampMs) + 1);
}

/**
 * The arrival-rate profile as a function from elapsed ms to iterations due so far (the integral of the
 * rate), so slots are placed from the absolute start time and a late tick catches up instead of drifting.
 */
export function rateSchedule(load: TRateLoad): {
  dueBy(ms: number): number;
  /** When slot k (1-based) falls due, in ms from the start: the inverse of `dueBy`. */
  timeOfSlot(k: number): number;
  rateAt(ms: number): number;
  total: number;
} {
  const stages: TStage[] = load.stages ?? [
    ...(load.rampSeconds > 0 ? [{ durationSeconds: load.rampSeconds, target: load.targetRate }] : []),
    { durationSeconds: Math.max(1, load.durationSeconds - load.rampSeconds), target: load.targetRate },
  ];
  const initial = load.stages ? 0 : load.rampSeconds > 0 ? (load.startRate ?? load.targetRate) : load.targetRate;
  const segments = segmentsOf(stages, initial);
  const endMs = load.durationSeconds * 1000;
  // Integral of each linear piece (rate per second over ms): trapezoids.
  const integral = (ms: number): number => {
    let sum = 0;
    for (const s of segments) {
      if (ms <= s.startMs) break;
      const until = Math.min(ms, s.endMs);
      const rateAtUntil = s.from + ((s.to - s.from) * (until - s.startMs)) / (s.endMs - s.startMs);
      sum += ((s.from + rateAtUntil) / 2) * ((until - s.startMs) / 1000);
    }
    const last = segments.at(-1);
    if (last && ms > last.endMs) sum += last.to * ((ms - last.endMs) / 1000);
    return sum;
  };
  const total = Math.floor(integral(endMs) + 1e-9);
  const timeOfSlot = (k: number): number => {
    let before = 0;
    for (const s of segments) {
      const seconds = (s.endMs - s.startMs) / 1000;
      const area = ((s.from + s.to) / 2) * seconds;
      if (before + area >= k) {
        const need = k - before;
        const slope = (s.to - s.from) / seconds;
        // need = from·τ + slope·τ²/2, solved for τ (seconds into the segment).
        const tau =
          Math.abs(slope) < 1e-12 ? need / s.from : (-s.from + Math.sqrt(s.from * s.from + 2 * slope * need)) / slope;
        return s.startMs + tau * 1000;
      }
      before += area;
    }
    const last = segments.at(-1)!;
    return last.endMs + ((k - before) / last.to) * 1000;
  };
  return {
    // Slot k is due when the integral reaches k; a tiny epsilon absorbs float error at boundaries.
    dueBy: (ms) => Math.min(total, Math.floor(integral(Math.min(ms, endMs)) + 1e-9)),
    timeOfSlot,
    rateAt: (ms) => valueAt(segments, ms),
    total,
  };
}
