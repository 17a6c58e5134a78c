import { describe, expect, it } from "vitest";
import { stagesFit } from "./stages-fit";

const stages = [
  { durationSeconds: 10, target: 5 },
  { durationSeconds: 20, target: 5 },
  { durationSeconds: 10, target: 0 },
];

describe("stagesFit", () => {
  it("knows stages that fill the run", () => {
    expect(stagesFit(stages, 40)).toEqual({ kind: "exact", stagesSeconds: 40 });
  });

  it("holds the last target when the stages end first", () => {
    expect(stagesFit(stages, 55)).toEqual({ kind: "shorter", stagesSeconds: 40, holdSeconds: 15, holdTarget: 0 });
  });

  it("names the stage the run ends in when it ends first", () => {
    expect(stagesFit(stages, 25)).toEqual({
      kind: "longer",
      stagesSeconds: 40,
      cutSeconds: 15,
      endsInStage: 2,
      atStageEnd: false,
    });
    expect(stagesFit(stages, 30)).toMatchObject({ endsInStage: 2, atStageEnd: true, cutSeconds: 10 });
  });
});
