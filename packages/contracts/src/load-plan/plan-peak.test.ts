import { describe, expect, it } from "vitest";
import { planPeak } from "./plan-peak";

const stages = [
  { durationSeconds: 10, target: 30 },
  { durationSeconds: 10, target: 6.6 },
];

describe("planPeak", () => {
  it("reads stages by their highest target; VUs as the schedule runs them (capped at Max VUs, whole)", () => {
    expect(planPeak({ mode: "concurrency", vus: 20, durationSeconds: 20, rampUpSeconds: 0, stages })).toBe(20);
    const low = [{ durationSeconds: 10, target: 6.6 }];
    expect(planPeak({ mode: "concurrency", vus: 20, durationSeconds: 20, rampUpSeconds: 0, stages: low })).toBe(7);
    expect(planPeak({ mode: "rate", targetRate: 1, rampSeconds: 0, maxVus: 4, durationSeconds: 20, stages })).toBe(30);
  });

  it("takes the VUs, or the higher of the start and target rates, without stages", () => {
    expect(planPeak({ mode: "concurrency", vus: 8, durationSeconds: 20, rampUpSeconds: 5 })).toBe(8);
    const down = {
      mode: "rate" as const,
      startRate: 90,
      targetRate: 40,
      rampSeconds: 5,
      maxVus: 4,
      durationSeconds: 20,
    };
    expect(planPeak(down)).toBe(90);
  });
});
