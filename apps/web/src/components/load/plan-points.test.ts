import { describe, expect, it } from "vitest";
import { planPoints, plannedRate, plannedVus } from "./plan-points";

const base = { mode: "concurrency" as const, vus: 10, durationSeconds: 60, rampUpSeconds: 0 };

describe("plannedVus", () => {
  it("starts every VU at once without a ramp", () => {
    expect(plannedVus(base, 0)).toBe(10);
  });

  it("ramps linearly: the first VU at once, the last at the end of the ramp", () => {
    const load = { ...base, rampUpSeconds: 10 };
    expect(plannedVus(load, 0)).toBe(1);
    expect(plannedVus(load, 5000)).toBe(6);
    expect(plannedVus(load, 10_000)).toBe(10);
  });

  it("follows PTS's step ramp: start %, then + increment % every step, capped at max", () => {
    const load = { ...base, startPercent: 20, incrementPercent: 30, stepDurationSeconds: 10 };
    expect([0, 9999, 10_000, 20_000, 30_000, 59_000].map((ms) => plannedVus(load, ms))).toEqual([2, 2, 5, 8, 10, 10]);
  });
});

describe("plannedRate", () => {
  it("ramps from the start rate to the target, then holds", () => {
    const load = {
      mode: "rate" as const,
      startRate: 10,
      targetRate: 110,
      rampSeconds: 10,
      durationSeconds: 30,
      maxVus: 5,
    };
    expect(plannedRate(load, 0)).toBe(10);
    expect(plannedRate(load, 5000)).toBe(60);
    expect(plannedRate(load, 20_000)).toBe(110);
  });
});

describe("planPoints", () => {
  it("gives one point a second for a short run, the last one inside the run", () => {
    const points = planPoints({
      ...base,
      durationSeconds: 20,
      startPercent: 50,
      incrementPercent: 50,
      stepDurationSeconds: 20,
    });
    expect(points).toHaveLength(21);
    expect(points.at(-1)).toEqual({ second: 20, value: 5 });
  });

  it("thins out long runs to about 300 points", () => {
    expect(planPoints({ ...base, durationSeconds: 3600 }).length).toBeLessThanOrEqual(301);
  });
});
