import { describe, expect, it } from "vitest";
import { describeLoad, loadDefaults } from "./load-defaults";

const stages = [
  { durationSeconds: 10, target: 20 },
  { durationSeconds: 20, target: 0 },
];

describe("loadDefaults", () => {
  it("fills the Start dialog's fields from a plain saved load", () => {
    expect(loadDefaults({ vus: 5, durationSeconds: 20, rampUpSeconds: 3 })).toEqual({
      vus: 5,
      durationSeconds: 20,
      rampUpSeconds: 3,
    });
  });

  it("hands over a load the fields cannot hold as the plan to start, stages and cap intact", () => {
    const saved = { mode: "concurrency", vus: 20, durationSeconds: 30, stages, iterations: 100 };
    expect(loadDefaults(saved).plan).toEqual({ ...saved, rampUpSeconds: 0 });
    expect(loadDefaults({ mode: "rate", targetRate: 9, maxVus: 3, durationSeconds: 10 }).plan).toMatchObject({
      mode: "rate",
      targetRate: 9,
    });
  });

  it("starts a plain load with a distribution as saved, so the regions and policies are not dropped", () => {
    const saved = { mode: "concurrency", vus: 10, durationSeconds: 30, rampUpSeconds: 0, regions: { eu: 60, us: 40 } };
    expect(loadDefaults(saved).plan).toEqual(saved);
    expect(loadDefaults({ ...saved, regions: undefined, onGeneratorLost: "fail" }).plan).toMatchObject({
      onGeneratorLost: "fail",
    });
  });

  it("falls back to 10 VUs for 30 s without a valid saved load", () => {
    expect(loadDefaults(null)).toEqual({ vus: 10, durationSeconds: 30, rampUpSeconds: 0 });
  });
});

describe("describeLoad", () => {
  it("shows stages by their peak and the cap", () => {
    expect(describeLoad(loadDefaults({ vus: 20, durationSeconds: 30, stages, iterations: 100 }))).toBe(
      "stages up to 20 VUs · 30s · ≤100 iterations",
    );
    expect(describeLoad({ mode: "rate", targetRate: 1, rampSeconds: 0, maxVus: 4, durationSeconds: 30, stages })).toBe(
      "stages up to 20 TPS (max 4 VUs) · 30s",
    );
  });

  it("keeps the plain forms", () => {
    expect(describeLoad({ vus: 1, durationSeconds: 5, rampUpSeconds: 0 })).toBe("1 VU · 5s");
    expect(describeLoad(loadDefaults({ mode: "rate", targetRate: 200, maxVus: 50, durationSeconds: 60 }))).toBe(
      "200 TPS (max 50 VUs) · 60s",
    );
  });
});
