import type { TConcurrencyLoad, TLoadConfig, TRateLoad, TStage } from "@stampede/contracts";
import { type Corner, rateCorners, splitAt, vuCorners } from "./stage-points";
import { stagesSeconds } from "./stages";

/**
 * One point of the planned profile: VUs (concurrency) or iterations per second (TPS) at a second. With
 * stages, `beyond` draws what stages longer than the run would have done after it ends (never run).
 */
export interface PlanPoint {
  second: number;
  value?: number;
  beyond?: number;
}

function stagesValue(stages: TStage[], initial: number, ms: number): number {
  let at = 0;
  let from = initial;
  for (const s of stages) {
    const end = at + s.durationSeconds * 1000;
    if (ms < end) return from + ((s.target - from) * (ms - at)) / (end - at);
    at = end;
    from = s.target;
  }
  return stages.at(-1)?.target ?? initial;
}

/** VUs running `ms` after the start; the same rules as the engine's scheduler (kept in step by hand). */
export function plannedVus(load: TConcurrencyLoad, ms: number): number {
  const max = load.vus;
  if (load.stages) return Math.min(max, Math.round(stagesValue(load.stages, 0, ms)));
  if (load.startPercent !== undefined && load.incrementPercent !== undefined && load.stepDurationSeconds) {
    const start = Math.max(1, Math.ceil((max * load.startPercent) / 100));
    const increment = Math.max(1, Math.ceil((max * load.incrementPercent) / 100));
    return Math.min(max, start + Math.floor(ms / (load.stepDurationSeconds * 1000)) * increment);
  }
  if (!load.rampUpSeconds || max === 1) return max;
  return Math.min(max, Math.floor((max * ms) / (load.rampUpSeconds * 1000)) + 1);
}

/** Iterations started per second `ms` after the start (arrival-rate mode). */
export function plannedRate(load: TRateLoad, ms: number): number {
  if (load.stages) return stagesValue(load.stages, 0, ms);
  if (!load.rampSeconds) return load.targetRate;
  const start = load.startRate ?? load.targetRate;
  return stagesValue([{ durationSeconds: load.rampSeconds, target: load.targetRate }], start, ms);
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Stages drawn from their corners, not sampled: a short stage in a long run, and every whole-VU step, lands
 * where the engine puts it. Stages shorter than the run hold their last target to its end.
 */
function stagePlanPoints(load: TLoadConfig & { stages: TStage[] }, duration: number): PlanPoint[] {
  const until = Math.max(duration, stagesSeconds(load.stages));
  const corners = load.mode === "rate" ? rateCorners(load.stages, until) : vuCorners(load.stages, load.vus, until);
  const { run, beyond } = splitAt(corners, duration);
  const point = (key: "value" | "beyond") => (c: Corner) => ({ second: round(c.t, 3), [key]: round(c.v, 2) });
  return [...run.map(point("value")), ...beyond.map(point("beyond"))];
}

/**
 * The profile over the run: stages by their corners, other ramps at most ~300 points (one a second for
 * short runs).
 */
export function planPoints(load: TLoadConfig): PlanPoint[] {
  const duration = Math.max(1, Math.floor(load.durationSeconds || 1));
  if (load.stages) return stagePlanPoints({ ...load, stages: load.stages }, duration);
  const every = Math.max(1, Math.ceil(duration / 300));
  const points: PlanPoint[] = [];
  for (let s = 0; s <= duration; s += every) {
    // The run ends at `duration`: its last point shows the profile just before, not a step that never runs.
    const ms = s === duration ? s * 1000 - 1 : s * 1000;
    const raw = load.mode === "rate" ? plannedRate(load, ms) : plannedVus(load, ms);
    points.push({ second: s, value: Number.isFinite(raw) ? Math.round(raw * 100) / 100 : 0 });
  }
  return points;
}
