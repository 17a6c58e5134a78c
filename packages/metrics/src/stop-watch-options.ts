import { rateSchedule, type TLoadConfig, vuSchedule } from "@stampede/contracts";
import type { StopWatchOptions } from "./stop-conditions";

/** The planned VUs (concurrency) or iterations/s (TPS) at the start of each second the run lasts. */
export function plannedLevels(load: TLoadConfig): number[] {
  const at = load.mode === "rate" ? rateSchedule(load).rateAt : vuSchedule(load);
  return Array.from({ length: load.durationSeconds }, (_, s) => at(s * 1000));
}

/** The first second at which the plan reaches the highest level it ever reaches (the end of its ramp-up). */
export function rampUpEndSecond(load: TLoadConfig): number {
  const levels = plannedLevels(load);
  const top = Math.max(...levels);
  return Math.max(
    0,
    levels.findIndex((v) => v >= top - 1e-9),
  );
}

/** The evaluator's view of a run's load: the TPS target per second, the end of the ramp-up, the last full second. */
export function stopWatchOptionsFor(load: TLoadConfig): StopWatchOptions {
  const rate = load.mode === "rate" ? rateSchedule(load) : undefined;
  return {
    // The target during second s is the plan's mean over it: the rate at its middle is exact for linear pieces.
    targetRateAt: rate ? (s) => rate.rateAt(s * 1000 + 500) : undefined,
    rampUpEndSecond: rampUpEndSecond(load),
    lastSecond: load.durationSeconds - 1,
  };
}
