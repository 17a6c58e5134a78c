import { describe, expect, it } from "vitest";
import type { TConcurrencyLoad, TRateLoad, TStage } from "../load";
// The preview draws stages from corners worked out on their own (where each whole-VU step falls), while the
// executors evaluate the schedule at a time: this test is what keeps the two in step.
import { rateCorners, splitAt, valueBefore, vuCorners } from "./plan-corners";
import { rateSchedule } from "./rate-schedule";
import { vuSchedule } from "./vu-schedule";

const PROFILES: { name: string; stages: TStage[]; durationSeconds: number; vus: number }[] = [
  {
    name: "up, hold, down",
    vus: 10,
    durationSeconds: 40,
    stages: [
      { durationSeconds: 10, target: 10 },
      { durationSeconds: 20, target: 10 },
      { durationSeconds: 10, target: 0 },
    ],
  },
  { name: "stages shorter than the run", vus: 7, durationSeconds: 30, stages: [{ durationSeconds: 9, target: 7 }] },
  {
    name: "stages longer than the run",
    vus: 5,
    durationSeconds: 12,
    stages: [
      { durationSeconds: 8, target: 5 },
      { durationSeconds: 8, target: 1 },
    ],
  },
  {
    name: "targets above Max VUs, fractions",
    vus: 3,
    durationSeconds: 20,
    stages: [
      { durationSeconds: 7, target: 6.5 },
      { durationSeconds: 6, target: 0.4 },
      { durationSeconds: 7, target: 2.6 },
    ],
  },
];

/** Every 100 ms (the engine's adjust tick), off the round numbers where a step could fall exactly. */
const times = (durationSeconds: number) =>
  Array.from({ length: durationSeconds * 10 }, (_, i) => i * 100 + 13.7).filter((ms) => ms < durationSeconds * 1000);

describe("the drawn stage corners follow the schedules the executors run", () => {
  it.each(PROFILES)("VUs: $name", ({ stages, durationSeconds, vus }) => {
    const load: TConcurrencyLoad = { mode: "concurrency", vus, durationSeconds, rampUpSeconds: 0, stages };
    const engine = vuSchedule(load);
    const { run } = splitAt(vuCorners(stages, vus, durationSeconds), durationSeconds);
    for (const ms of times(durationSeconds)) {
      expect({ ms, vus: valueBefore(run, ms / 1000) }).toEqual({ ms, vus: engine(ms) });
    }
  });

  it.each(PROFILES)("rate, and iterations in all: $name", ({ stages, durationSeconds }) => {
    const load: TRateLoad = { mode: "rate", targetRate: 1, rampSeconds: 0, maxVus: 10, durationSeconds, stages };
    const engine = rateSchedule(load);
    const { run } = splitAt(rateCorners(stages, durationSeconds), durationSeconds);
    for (const ms of times(durationSeconds)) expect(valueBefore(run, ms / 1000)).toBeCloseTo(engine.rateAt(ms), 9);
    // The area under what the chart draws is what the engine starts.
    const area = run.slice(1).reduce((sum, c, i) => sum + ((c.v + run[i]!.v) / 2) * (c.t - run[i]!.t), 0);
    expect(Math.floor(area + 1e-9)).toBe(engine.total);
  });
});

describe("vuCorners", () => {
  it("draws a ramp of many VUs as its slope, bent where it meets Max VUs", () => {
    const corners = vuCorners([{ durationSeconds: 10, target: 1000 }], 500, 20);
    expect(corners).toEqual([
      { t: 0, v: 0 },
      { t: 5, v: 500 },
      { t: 10, v: 500 },
      { t: 20, v: 500 },
    ]);
  });

  it("skips a stage still being typed (no duration) rather than drawing nonsense", () => {
    const corners = vuCorners(
      [
        { durationSeconds: Number.NaN, target: 5 },
        { durationSeconds: 2, target: 1 },
      ],
      5,
      2,
    );
    expect(corners).toEqual([
      { t: 0, v: 0 },
      { t: 1, v: 0 },
      { t: 1, v: 1 },
      { t: 2, v: 1 },
    ]);
  });
});
