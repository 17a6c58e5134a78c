import { describe, expect, it } from "vitest";
import { ZLoadConfig } from "./load";

describe("ZLoadConfig", () => {
  it("refuses a step ramp with a missing part, naming the field", () => {
    const result = ZLoadConfig.safeParse({ vus: 10, durationSeconds: 60, startPercent: 10 });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("startPercent");
  });
});
