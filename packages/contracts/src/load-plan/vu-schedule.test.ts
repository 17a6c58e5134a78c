import { describe, expect, it } from "vitest";
import { ZLoadConfig, type TConcurrencyLoad, type TLoadConfigInput } from "../load";
import { vuSchedule } from "./vu-schedule";

const concurrency = (input: TLoadConfigInput) => ZLoadConfig.parse(input) as TConcurrencyLoad;

describe("vuSchedule", () => {
  it("starts every VU at once without a ramp, and spreads them linearly over a ramp-up", () => {
    expect(vuSchedule(concurrency({ vus: 10, durationSeconds: 60 }))(0)).toBe(10);
    const ramp = vuSchedule(concurrency({ vus: 10, durationSeconds: 60, rampUpSeconds: 10 }));
    expect([0, 999, 1000, 5000, 9999, 10_000, 30_000].map(ramp)).toEqual([1, 1, 2, 6, 10, 10, 10]);
  });

  it("follows PTS's step ramp: start %, then + increment % each step, capped at max VUs", () => {
    const steps = vuSchedule(
      concurrency({ vus: 100, durationSeconds: 600, startPercent: 10, incrementPercent: 30, stepDurationSeconds: 60 }),
    );
    expect([0, 59_999, 60_000, 120_000, 180_000, 500_000].map(steps)).toEqual([10, 10, 40, 70, 100, 100]);
  });

  it("follows explicit stages, interpolating linearly", () => {
    const stages = vuSchedule(
      concurrency({
        vus: 50,
        durationSeconds: 30,
        stages: [
          { durationSeconds: 10, target: 20 },
          { durationSeconds: 10, target: 20 },
          { durationSeconds: 10, target: 0 },
        ],
      }),
    );
    expect([0, 5000, 10_000, 15_000, 25_000, 30_000].map(stages)).toEqual([0, 10, 20, 20, 10, 0]);
  });

  it("rounds stage values to whole VUs and caps them at Max VUs", () => {
    const stages = vuSchedule(
      concurrency({ vus: 3, durationSeconds: 10, stages: [{ durationSeconds: 10, target: 5 }] }),
    );
    // 0 → 5 over 10 s: 0.5 VUs at 1 s rounds up to 1; 2.5 at 5 s to 3; 4 at 8 s is capped at 3.
    expect([999, 1000, 4999, 5000, 8000].map(stages)).toEqual([0, 1, 2, 3, 3]);
  });

  it("gives whole numbers for a plan still being typed in the console (a stage without a duration is skipped)", () => {
    const load = {
      mode: "concurrency" as const,
      vus: 5,
      durationSeconds: 2,
      rampUpSeconds: 0,
      stages: [
        { durationSeconds: Number.NaN, target: 5 },
        { durationSeconds: 2, target: 1 },
      ],
    };
    expect([0, 999, 1000, 2000].map(vuSchedule(load))).toEqual([0, 0, 1, 1]);
  });
});
