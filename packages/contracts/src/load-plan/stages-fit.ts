import type { TStage } from "../load";
import { stageSeconds } from "./pieces";

/** How long the stages last, end to end. */
export function stagesSeconds(stages: TStage[]): number {
  return stages.reduce((sum, s) => sum + stageSeconds(s), 0);
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
