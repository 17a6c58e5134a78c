import type { TLoadConfig, TStage } from "@stampede/contracts";

/** One phase of a run's load plan: a stage, a step of a step ramp, a ramp-up or the steady part. */
export interface RampPhase {
  label: string;
  /** First second of the phase, and the second after its last (seconds since the run's start). */
  fromSecond: number;
  toSecond: number;
  /** The VUs (concurrency) or iterations per second (TPS) the plan reaches in this phase. */
  target: number;
}

/** A step ramp of more phases than this is shown in phases of several steps (a 1% ramp makes 100). */
const MAX_PHASES = 60;

function stagePhases(stages: TStage[], cap: number, duration: number, unit: string): RampPhase[] {
  const phases: RampPhase[] = [];
  let at = 0;
  stages.forEach((stage, i) => {
    if (at >= duration) return;
    const to = Math.min(duration, at + stage.durationSeconds);
    phases.push({
      label: `stage ${i + 1} → ${Math.min(cap, stage.target)} ${unit}`,
      fromSecond: at,
      toSecond: to,
      target: Math.min(cap, stage.target),
    });
    at = to;
  });
  const last = phases.at(-1);
  if (last && at < duration)
    phases.push({ label: `hold ${last.target} ${unit}`, fromSecond: at, toSecond: duration, target: last.target });
  return phases;
}

function stepRampPhases(max: number, startPct: number, incPct: number, stepSeconds: number, duration: number) {
  const start = Math.max(1, Math.ceil((max * startPct) / 100));
  const increment = Math.max(1, Math.ceil((max * incPct) / 100));
  const phases: RampPhase[] = [];
  for (let at = 0, k = 0; at < duration; k++) {
    const target = Math.min(max, start + k * increment);
    // Once the ramp reaches max VUs the rest of the run is one phase.
    const to = target === max ? duration : Math.min(duration, at + stepSeconds);
    phases.push({ label: `step ${k + 1}: ${target} VUs`, fromSecond: at, toSecond: to, target });
    at = to;
  }
  return phases;
}

/** Joins neighbouring phases so there are at most MAX_PHASES; a joined phase keeps the last target. */
function capPhases(phases: RampPhase[]): RampPhase[] {
  if (phases.length <= MAX_PHASES) return phases;
  const per = Math.ceil(phases.length / MAX_PHASES);
  const joined: RampPhase[] = [];
  for (let i = 0; i < phases.length; i += per) {
    const group = phases.slice(i, i + per);
    const last = group.at(-1)!;
    joined.push({
      label: `${group[0]!.label} … ${last.label}`,
      fromSecond: group[0]!.fromSecond,
      toSecond: last.toSecond,
      target: last.target,
    });
  }
  return joined;
}

function rampAndHold(ramp: number, duration: number, target: number, unit: string): RampPhase[] {
  const hold = { label: `steady ${target} ${unit}`, fromSecond: Math.min(ramp, duration), toSecond: duration, target };
  if (ramp <= 0) return [hold];
  return [
    { label: `ramp to ${target} ${unit}`, fromSecond: 0, toSecond: Math.min(ramp, duration), target },
    ...(ramp < duration ? [hold] : []),
  ];
}

/**
 * The phases of a load plan, in order, over `durationSeconds` (how long the run actually went): each stage,
 * each step of a PTS step ramp, or a ramp-up followed by the steady part. The report measures each phase.
 */
export function rampPhasesOf(load: TLoadConfig, durationSeconds: number): RampPhase[] {
  const duration = Math.max(1, Math.ceil(durationSeconds));
  if (load.mode === "rate") {
    if (load.stages) return capPhases(stagePhases(load.stages, Infinity, duration, "/s"));
    return rampAndHold(load.rampSeconds, duration, load.targetRate, "/s");
  }
  if (load.stages) return capPhases(stagePhases(load.stages, load.vus, duration, "VUs"));
  if (load.startPercent !== undefined && load.incrementPercent !== undefined && load.stepDurationSeconds) {
    return capPhases(
      stepRampPhases(load.vus, load.startPercent, load.incrementPercent, load.stepDurationSeconds, duration),
    );
  }
  return rampAndHold(load.rampUpSeconds, duration, load.vus, "VUs");
}
