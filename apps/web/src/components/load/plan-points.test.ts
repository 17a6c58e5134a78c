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

describe("planPoints with stages", () => {
  const stages = [
    { durationSeconds: 10, target: 4 },
    { durationSeconds: 20, target: 4 },
    { durationSeconds: 10, target: 0 },
  ];

  it("draws whole-VU stairs where the engine rounds: up at k − ½, down at k + ½", () => {
    const points = planPoints({ ...base, vus: 4, durationSeconds: 40, stages });
    // 0 → 4 over 10 s crosses 0.5 at 1.25 s: a vertical step there, from 0 to 1.
    expect(points.slice(0, 3)).toEqual([
      { second: 0, value: 0 },
      { second: 1.25, value: 0 },
      { second: 1.25, value: 1 },
    ]);
    // 4 → 0 over 10 s from 30 s: down to 3 at 3.5 VUs (31.25 s), to 0 at 0.5 VUs (38.75 s).
    expect(points).toContainEqual({ second: 31.25, value: 3 });
    expect(points.filter((p) => p.second === 38.75)).toEqual([
      { second: 38.75, value: 1 },
      { second: 38.75, value: 0 },
    ]);
    expect(points.at(-1)).toEqual({ second: 40, value: 0 });
    expect(points.some((p) => p.beyond !== undefined)).toBe(false);
  });

  it("holds the last target to the end of a run longer than the stages", () => {
    const points = planPoints({ ...base, vus: 4, durationSeconds: 60, stages: stages.slice(0, 1) });
    expect(points.slice(-2)).toEqual([
      { second: 10, value: 4 },
      { second: 60, value: 4 },
    ]);
  });

  it("cuts stages longer than the run where it ends; the rest is drawn apart as never run", () => {
    const points = planPoints({
      mode: "rate",
      targetRate: 1,
      rampSeconds: 0,
      maxVus: 10,
      durationSeconds: 15,
      stages: [
        { durationSeconds: 10, target: 100 },
        { durationSeconds: 10, target: 0 },
      ],
    });
    const run = points.filter((p) => p.value !== undefined);
    const beyond = points.filter((p) => p.beyond !== undefined);
    expect(run).toEqual([
      { second: 0, value: 0 },
      { second: 10, value: 100 },
      { second: 15, value: 50 },
    ]);
    expect(beyond).toEqual([
      { second: 15, beyond: 50 },
      { second: 20, beyond: 0 },
    ]);
  });

  it("caps targets above Max VUs, as the engine does", () => {
    const points = planPoints({ ...base, vus: 2, durationSeconds: 10, stages: [{ durationSeconds: 10, target: 4 }] });
    expect(Math.max(...points.map((p) => p.value ?? 0))).toBe(2);
    // The line reaches 1.5 VUs (rounds to 2) at 3.75 s and stays capped there.
    expect(points.slice(-3)).toEqual([
      { second: 3.75, value: 1 },
      { second: 3.75, value: 2 },
      { second: 10, value: 2 },
    ]);
  });

  it("draws a short stage in a long run at its own time, not lost between samples", () => {
    const spike = [
      { durationSeconds: 1800, target: 0 },
      { durationSeconds: 3, target: 30 },
      { durationSeconds: 1797, target: 0 },
    ];
    const points = planPoints({ ...base, vus: 30, durationSeconds: 3600, stages: spike });
    expect(Math.max(...points.map((p) => p.value ?? 0))).toBe(30);
    // Rounded like the engine: 30 VUs once the line passes 29.5, at 2.95 s into the 3 s stage.
    expect(points.find((p) => p.value === 30)?.second).toBe(1802.95);
  });
});
