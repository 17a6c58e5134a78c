import { describe, expect, it } from "vitest";
import type { TConcurrencyLoad, TRateLoad } from "../load";
import { planPoints, type PlanPoint } from "./plan-points";
import { rateSchedule } from "./rate-schedule";
import { vuSchedule } from "./vu-schedule";

const base = { mode: "concurrency" as const, vus: 10, durationSeconds: 60, rampUpSeconds: 0 };

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

/** The drawn line's value at `second`, between the points around it (the run's points only). */
function drawnAt(points: PlanPoint[], second: number): number {
  const run = points.filter((p) => p.value !== undefined);
  const i = run.findIndex((p) => p.second > second);
  const a = run[i - 1]!;
  const b = run[i]!;
  return a.value! + ((b.value! - a.value!) * (second - a.second)) / (b.second - a.second);
}

describe("what the preview draws is what the executors run", () => {
  const stages = [
    { durationSeconds: 10, target: 6 },
    { durationSeconds: 5, target: 6 },
    { durationSeconds: 8, target: 2 },
  ];

  it("VU stages: between any two drawn points, the VUs the schedule runs", () => {
    const load: TConcurrencyLoad = { ...base, vus: 5, durationSeconds: 30, stages };
    const points = planPoints(load);
    const schedule = vuSchedule(load);
    for (const [i, p] of points.entries()) {
      const next = points[i + 1];
      if (!next || next.second === p.second) continue;
      const mid = (p.second + next.second) / 2;
      expect({ second: mid, vus: drawnAt(points, mid) }).toEqual({ second: mid, vus: schedule(mid * 1000) });
    }
  });

  it("TPS stages: the area under the drawn line up to each point is the iterations due by then", () => {
    const load: TRateLoad = { mode: "rate", targetRate: 1, rampSeconds: 0, maxVus: 10, durationSeconds: 30, stages };
    const points = planPoints(load);
    const schedule = rateSchedule(load);
    let area = 0;
    for (const [i, p] of points.entries()) {
      if (i > 0) area += ((p.value! + points[i - 1]!.value!) / 2) * (p.second - points[i - 1]!.second);
      expect({ second: p.second, due: Math.floor(area + 1e-9) }).toEqual({
        second: p.second,
        due: schedule.dueBy(p.second * 1000),
      });
    }
    expect(points.at(-1)!.second).toBe(30);
    expect(schedule.total).toBe(Math.floor(area + 1e-9));
  });

  it("ramps without stages: each point is the schedule's value at its second", () => {
    const step = { ...base, durationSeconds: 40, startPercent: 20, incrementPercent: 30, stepDurationSeconds: 10 };
    const values = planPoints(step).map((p) => p.value);
    expect([0, 9, 10, 19, 20, 30, 40].map((s) => values[s])).toEqual([2, 2, 5, 5, 8, 10, 10]);
    const ramp: TRateLoad = {
      mode: "rate",
      startRate: 5,
      targetRate: 50,
      rampSeconds: 9,
      maxVus: 5,
      durationSeconds: 20,
    };
    expect(
      planPoints(ramp)
        .slice(0, 11)
        .map((p) => p.value),
    ).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 50]);
  });
});
