import { ZLoadConfig } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { rampPhasesOf } from "./ramp-phases";

const load = (input: unknown) => ZLoadConfig.parse(input);

describe("rampPhasesOf", () => {
  it("splits a PTS step ramp into its steps, the last holding max VUs to the end", () => {
    const phases = rampPhasesOf(
      load({ vus: 10, durationSeconds: 50, startPercent: 20, incrementPercent: 30, stepDurationSeconds: 10 }),
      50,
    );
    expect(phases.map((p) => [p.fromSecond, p.toSecond, p.target])).toEqual([
      [0, 10, 2],
      [10, 20, 5],
      [20, 30, 8],
      [30, 50, 10],
    ]);
  });

  it("cuts the plan at how long the run went (a stopped run)", () => {
    const phases = rampPhasesOf(
      load({ vus: 10, durationSeconds: 50, startPercent: 20, incrementPercent: 30, stepDurationSeconds: 10 }),
      15,
    );
    expect(phases.map((p) => [p.fromSecond, p.toSecond])).toEqual([
      [0, 10],
      [10, 15],
    ]);
  });

  it("takes each stage of a TPS run, then the hold after the last", () => {
    const phases = rampPhasesOf(
      load({
        mode: "rate",
        targetRate: 50,
        maxVus: 20,
        durationSeconds: 40,
        stages: [
          { durationSeconds: 10, target: 20 },
          { durationSeconds: 20, target: 50 },
        ],
      }),
      40,
    );
    expect(phases.map((p) => [p.fromSecond, p.toSecond, p.target])).toEqual([
      [0, 10, 20],
      [10, 30, 50],
      [30, 40, 50],
    ]);
  });

  it("makes a ramp-up and a steady part, or one phase without a ramp", () => {
    expect(rampPhasesOf(load({ vus: 5, durationSeconds: 30, rampUpSeconds: 10 }), 30)).toHaveLength(2);
    expect(rampPhasesOf(load({ vus: 5, durationSeconds: 30 }), 30)).toEqual([
      { label: "steady 5 VUs", fromSecond: 0, toSecond: 30, target: 5 },
    ]);
  });

  it("joins a long step ramp into at most 60 phases", () => {
    const phases = rampPhasesOf(
      load({ vus: 1000, durationSeconds: 1000, startPercent: 1, incrementPercent: 1, stepDurationSeconds: 5 }),
      1000,
    );
    expect(phases.length).toBeLessThanOrEqual(60);
    expect(phases.at(-1)!.toSecond).toBe(1000);
  });
});
