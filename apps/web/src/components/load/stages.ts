import type { TStage } from "@stampede/contracts";

/** A usable whole number of seconds, or 0 for what is being typed (empty, zero, negative, fractional). */
export function stageSeconds(stage: TStage): number {
  const s = stage.durationSeconds;
  return Number.isInteger(s) && s > 0 ? s : 0;
}

/** How long the stages last, end to end. */
export function stagesSeconds(stages: TStage[]): number {
  return stages.reduce((sum, s) => sum + stageSeconds(s), 0);
}

/** Stages to start from: up to `target` over 10 s (or half a short run), then hold it to the end of the run. */
export function defaultStages(target: number | undefined, durationSeconds: number | undefined): TStage[] {
  const to = Number.isFinite(target) && target! > 0 ? target! : 1;
  const run = Number.isInteger(durationSeconds) && durationSeconds! > 0 ? durationSeconds! : 60;
  const up = run >= 20 ? 10 : Math.max(1, Math.floor(run / 2));
  return run > up
    ? [
        { durationSeconds: up, target: to },
        { durationSeconds: run - up, target: to },
      ]
    : [{ durationSeconds: up, target: to }];
}

/** A row added below the last: 10 s holding the last target, so the profile does not change until edited. */
export function nextStage(stages: TStage[]): TStage {
  const last = stages.at(-1)?.target;
  return { durationSeconds: 10, target: Number.isFinite(last) ? last! : 0 };
}

/**
 * How the stages fit the run, which lasts `durationSeconds` whatever the stages say (the engine's rule):
 * shorter stages leave the last target holding to the end; longer ones are cut when the run ends.
 */
export type StagesFit =
  | { kind: "exact"; stagesSeconds: number }
  | { kind: "shorter"; stagesSeconds: number; holdSeconds: number; holdTarget: number }
  /** `endsInStage` is 1-based; `atStageEnd`: the run ends exactly as that stage does. */
  | { kind: "longer"; stagesSeconds: number; cutSeconds: number; endsInStage: number; atStageEnd: boolean };

export function stagesFit(stages: TStage[], durationSeconds: number): StagesFit {
  const total = stagesSeconds(stages);
  if (total === durationSeconds || !Number.isFinite(durationSeconds)) return { kind: "exact", stagesSeconds: total };
  if (total < durationSeconds) {
    const last = stages.at(-1)?.target;
    return {
      kind: "shorter",
      stagesSeconds: total,
      holdSeconds: durationSeconds - total,
      holdTarget: Number.isFinite(last) ? last! : 0,
    };
  }
  let at = 0;
  let endsInStage = stages.length;
  for (const [i, s] of stages.entries()) {
    at += stageSeconds(s);
    if (at >= durationSeconds) {
      endsInStage = i + 1;
      break;
    }
  }
  return {
    kind: "longer",
    stagesSeconds: total,
    cutSeconds: total - durationSeconds,
    endsInStage,
    atStageEnd: at === durationSeconds,
  };
}

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
