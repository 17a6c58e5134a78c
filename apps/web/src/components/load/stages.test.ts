import { describe, expect, it } from "vitest";
import { nextStage } from "./stages";

const stages = [
  { durationSeconds: 10, target: 5 },
  { durationSeconds: 20, target: 5 },
  { durationSeconds: 10, target: 0 },
];

describe("nextStage", () => {
  it("holds the last target, so adding a row changes nothing until it is edited", () => {
    expect(nextStage(stages.slice(0, 2))).toEqual({ durationSeconds: 10, target: 5 });
    expect(nextStage([])).toEqual({ durationSeconds: 10, target: 0 });
  });
});
