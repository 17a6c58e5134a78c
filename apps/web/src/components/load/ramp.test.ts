import type { TConcurrencyLoad, TRateLoad } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { rampKindOf, rateRampKindOf, withMode, withRamp, withRateRamp } from "./ramp";

const vus: TConcurrencyLoad = { mode: "concurrency", vus: 8, durationSeconds: 60, rampUpSeconds: 0 };
const tps: TRateLoad = { mode: "rate", targetRate: 40, startRate: 5, rampSeconds: 10, maxVus: 8, durationSeconds: 60 };

describe("ramp kinds", () => {
  it("reads stages first, as the engine follows them over any other ramp field", () => {
    const saved = { ...vus, rampUpSeconds: 5, startPercent: 10, stages: [{ durationSeconds: 5, target: 1 }] };
    expect(rampKindOf(saved)).toBe("stages");
    expect(rateRampKindOf({ ...tps, stages: [{ durationSeconds: 5, target: 1 }] })).toBe("stages");
  });

  it("starts stages that ramp to Max VUs and hold for the whole run, and clears them for another ramp", () => {
    const staged = withRamp({ ...vus, startPercent: 10, incrementPercent: 10, stepDurationSeconds: 10 }, "stages");
    expect(staged).toMatchObject({
      rampUpSeconds: 0,
      startPercent: undefined,
      stages: [
        { durationSeconds: 10, target: 8 },
        { durationSeconds: 50, target: 8 },
      ],
    });
    expect(withRamp(staged, "linear").stages).toBeUndefined();
  });

  it("gives TPS stages from the target rate and clears the linear ramp's fields", () => {
    const staged = withRateRamp(tps, "stages");
    expect(staged).toMatchObject({ startRate: undefined, rampSeconds: 0, targetRate: 40 });
    expect(staged.stages).toEqual([
      { durationSeconds: 10, target: 40 },
      { durationSeconds: 50, target: 40 },
    ]);
    expect(withRateRamp(staged, "linear").stages).toBeUndefined();
  });

  it("drops stages and the iteration cap when the model changes (VUs are not a rate)", () => {
    const staged = { ...vus, iterations: 100, stages: [{ durationSeconds: 60, target: 8 }] };
    const rate = withMode(staged, "rate");
    expect(rate).not.toHaveProperty("stages");
    expect(rate).not.toHaveProperty("iterations");
  });

  it("keeps the distribution when the model changes, both ways, and adds none where none was set", () => {
    const spread = { ...vus, regions: { eu: 60, us: 40 }, generators: 2, whenBusy: "fail" as const };
    const rate = withMode(spread, "rate");
    expect(rate).toMatchObject({ regions: { eu: 60, us: 40 }, generators: 2, whenBusy: "fail" });
    expect(withMode(rate, "concurrency")).toMatchObject({ regions: { eu: 60, us: 40 }, generators: 2 });
    expect(withMode(vus, "rate")).not.toHaveProperty("regions");
  });
});
