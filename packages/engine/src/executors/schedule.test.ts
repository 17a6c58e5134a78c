import { ZLoadConfig, type TConcurrencyLoad, type TLoadConfigInput, type TRateLoad } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { rateSchedule, vuSchedule } from "./schedule";

const concurrency = (input: TLoadConfigInput) => ZLoadConfig.parse(input) as TConcurrencyLoad;
const rate = (input: TLoadConfigInput) => ZLoadConfig.parse(input) as TRateLoad;

describe("VU schedules", () => {
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

  it("refuses a step ramp with a missing part, naming the field", () => {
    const result = ZLoadConfig.safeParse({ vus: 10, durationSeconds: 60, startPercent: 10 });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("startPercent");
  });
});

describe("arrival-rate schedule", () => {
  it("places slots from the absolute start: a constant rate is rate × elapsed, never more than the total", () => {
    const s = rateSchedule(rate({ mode: "rate", targetRate: 100, maxVus: 10, durationSeconds: 10 }));
    expect(s.total).toBe(1000);
    expect([0, 10, 999, 1000, 5000, 10_000, 20_000].map(s.dueBy)).toEqual([0, 1, 99, 100, 500, 1000, 1000]);
  });

  it("ramps linearly from the start rate to the target (the area under the rate)", () => {
    const s = rateSchedule(
      rate({ mode: "rate", startRate: 0, targetRate: 100, rampSeconds: 10, maxVus: 10, durationSeconds: 20 }),
    );
    expect(s.dueBy(10_000)).toBe(500); // triangle: 10 s × 100/s ÷ 2
    expect(s.dueBy(20_000)).toBe(1500);
    expect(s.rateAt(5000)).toBe(50);
    expect(s.total).toBe(1500);
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
});
