import type { TLoadConfig } from "../load";

/**
 * The most VUs (concurrency) or iterations per second (TPS) the plan reaches: with stages their highest
 * target (VUs rounded and capped at Max VUs, as the schedule runs them), else the VUs or the larger of the
 * start and target rates.
 */
export function planPeak(load: TLoadConfig): number {
  const stagePeak = load.stages?.length ? Math.max(...load.stages.map((s) => s.target)) : undefined;
  if (load.mode === "rate") return stagePeak ?? Math.max(load.targetRate, load.startRate ?? 0);
  return stagePeak === undefined ? load.vus : Math.min(load.vus, Math.round(stagePeak));
}
