import type { TLoadConfig, TStage } from "../load";
import { type Corner, rateCorners, splitAt, vuCorners } from "./plan-corners";
import { rateSchedule } from "./rate-schedule";
import { stagesSeconds } from "./stages-fit";
import { vuSchedule } from "./vu-schedule";

/**
 * One point of the planned profile: VUs (concurrency) or iterations per second (TPS) at a second. With
 * stages, `beyond` draws what stages longer than the run would have done after it ends (never run).
 */
export interface PlanPoint {
  second: number;
  value?: number;
  beyond?: number;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Stages drawn from their corners, not sampled: a short stage in a long run, and every whole-VU step, lands
 * where the schedule puts it. Stages shorter than the run hold their last target to its end.
 */
function stagePlanPoints(load: TLoadConfig & { stages: TStage[] }, duration: number): PlanPoint[] {
  const until = Math.max(duration, stagesSeconds(load.stages));
  const corners = load.mode === "rate" ? rateCorners(load.stages, until) : vuCorners(load.stages, load.vus, until);
  const { run, beyond } = splitAt(corners, duration);
  const point = (key: "value" | "beyond") => (c: Corner) => ({ second: round(c.t, 3), [key]: round(c.v, 2) });
  return [...run.map(point("value")), ...beyond.map(point("beyond"))];
}

/**
 * The profile the console's preview draws: stages by their corners, other ramps sampled from the schedule at
 * most ~300 points (one a second for short runs).
 */
export function planPoints(load: TLoadConfig): PlanPoint[] {
  const duration = Math.max(1, Math.floor(load.durationSeconds || 1));
  if (load.stages) return stagePlanPoints({ ...load, stages: load.stages }, duration);
  const valueAt = load.mode === "rate" ? rateSchedule(load).rateAt : vuSchedule(load);
  const every = Math.max(1, Math.ceil(duration / 300));
  const points: PlanPoint[] = [];
  for (let s = 0; s <= duration; s += every) {
    // The run ends at `duration`: its last point shows the profile just before, not a step that never runs.
    const raw = valueAt(s === duration ? s * 1000 - 1 : s * 1000);
    points.push({ second: s, value: Number.isFinite(raw) ? round(raw, 2) : 0 });
  }
  return points;
}
