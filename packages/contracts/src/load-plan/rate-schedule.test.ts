import { describe, expect, it } from "vitest";
import { ZLoadConfig, type TLoadConfigInput, type TRateLoad } from "../load";
import { rateSchedule } from "./rate-schedule";

const rate = (input: TLoadConfigInput) => ZLoadConfig.parse(input) as TRateLoad;

describe("rateSchedule", () => {
  it("places slots from the absolute start: a constant rate is rate × elapsed, never more than the total", () => {
    const s = rateSchedule(rate({ mode: "rate", targetRate: 100, maxVus: 10, durationSeconds: 10 }));
    expect(s.total).toBe(1000);
    expect([0, 10, 999, 1000, 5000, 10_000, 20_000].map(s.dueBy)).toEqual([0, 1, 99, 100, 500, 1000, 1000]);
  });

  it("ramps linearly from the start rate to the target (the area under the rate), then holds", () => {
    const s = rateSchedule(
      rate({ mode: "rate", startRate: 0, targetRate: 100, rampSeconds: 10, maxVus: 10, durationSeconds: 20 }),
    );
    expect(s.dueBy(10_000)).toBe(500); // triangle: 10 s × 100/s ÷ 2
    expect(s.dueBy(20_000)).toBe(1500);
    expect(s.rateAt(5000)).toBe(50);
    expect(s.total).toBe(1500);
    const from10 = rateSchedule(
      rate({ mode: "rate", startRate: 10, targetRate: 110, rampSeconds: 10, maxVus: 5, durationSeconds: 30 }),
    );
    expect([0, 5000, 20_000].map(from10.rateAt)).toEqual([10, 60, 110]);
  });

  it("inverts the schedule: slot k falls due exactly when dueBy first reaches k", () => {
    const s = rateSchedule(
      rate({ mode: "rate", startRate: 10, targetRate: 100, rampSeconds: 10, maxVus: 10, durationSeconds: 20 }),
    );
    for (const k of [1, 7, 50, 549, 550, 551, 1000, 1549]) {
      const t = s.timeOfSlot(k);
      expect(s.dueBy(t + 0.01)).toBeGreaterThanOrEqual(k);
      expect(s.dueBy(t - 0.5)).toBeLessThan(k);
    }
  });

  it("follows stages from 0/s, holding the last target when they end before the run", () => {
    const s = rateSchedule(
      rate({
        mode: "rate",
        targetRate: 1,
        maxVus: 10,
        durationSeconds: 30,
        stages: [{ durationSeconds: 10, target: 40 }],
      }),
    );
    expect([0, 5000, 10_000, 25_000].map(s.rateAt)).toEqual([0, 20, 40, 40]);
    expect(s.total).toBe(200 + 20 * 40);
  });
});
