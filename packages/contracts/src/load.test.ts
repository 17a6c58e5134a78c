import { describe, expect, it } from "vitest";
import { ZLoadConfig } from "./load";

describe("ZLoadConfig", () => {
  it("refuses a step ramp with a missing part, naming the field", () => {
    const result = ZLoadConfig.safeParse({ vus: 10, durationSeconds: 60, startPercent: 10 });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("startPercent");
  });
});

describe("ZLoadConfig distribution settings", () => {
  it("accepts regions, a generator count and the busy/lost policies on both modes", () => {
    const settings = {
      regions: { hangzhou: 60, shanghai: 40 },
      generators: 2,
      whenBusy: "fail",
      onGeneratorLost: "continue",
    };
    expect(ZLoadConfig.parse({ vus: 10, durationSeconds: 60, ...settings })).toMatchObject(settings);
    const rate = { mode: "rate", targetRate: 10, maxVus: 5, durationSeconds: 60, waitTimeoutSeconds: 30 };
    expect(ZLoadConfig.parse(rate)).toMatchObject({ waitTimeoutSeconds: 30 });
  });

  it("refuses region percents that do not add up to 100, and fewer generators than regions", () => {
    const bad = ZLoadConfig.safeParse({ vus: 10, durationSeconds: 60, regions: { a: 60, b: 30 } });
    expect(bad.error?.issues).toEqual([
      expect.objectContaining({ path: ["regions"], message: expect.stringContaining("90") }),
    ]);
    const few = ZLoadConfig.safeParse({ vus: 10, durationSeconds: 60, regions: { a: 50, b: 50 }, generators: 1 });
    expect(few.error?.issues.map((i) => i.path)).toEqual([["generators"]]);
    expect(ZLoadConfig.safeParse({ vus: 10, durationSeconds: 60, regions: { a: 0.5 } }).success).toBe(false);
  });
});
