import { ZLoadConfig, type TConcurrencyLoad, type TLoadConfig, type TRateLoad } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { EXIT } from "./exit-codes";
import { DEFAULT_LOAD, describeLoad, resolveLoad } from "./resolve-load";

const fileConcurrency = ZLoadConfig.parse({ vus: 50, durationSeconds: 120, rampUpSeconds: 30 }) as TLoadConfig;
const fileRate = ZLoadConfig.parse({
  mode: "rate",
  targetRate: 200,
  maxVus: 80,
  durationSeconds: 300,
  rampSeconds: 60,
});

describe("resolveLoad", () => {
  it("uses the default, and says so, when neither the file nor the flags give a load", () => {
    const { load, notes } = resolveLoad(undefined, {});
    expect(load).toEqual({ mode: "concurrency", vus: 10, durationSeconds: 30, rampUpSeconds: 0 });
    expect(load).toEqual(DEFAULT_LOAD);
    expect(notes).toEqual(["no load in the file and no load flags: using the default, 10 VUs for 30s"]);
  });

  it("runs the file's load unchanged when no flag is given", () => {
    expect(resolveLoad(fileRate, {})).toEqual({ load: fileRate, notes: [] });
  });

  it("overrides only what the flags give, keeping the file's other numbers", () => {
    expect(resolveLoad(fileConcurrency, { vus: 5 }).load).toEqual({
      mode: "concurrency",
      vus: 5,
      durationSeconds: 120,
      rampUpSeconds: 30,
    });
    expect(resolveLoad(fileRate, { durationSeconds: 10, rampSeconds: 0 }).load).toMatchObject({
      mode: "rate",
      targetRate: 200,
      maxVus: 80,
      durationSeconds: 10,
      rampSeconds: 0,
    });
  });

  it("switches to rate mode with --rps; max VUs default to max(10, rps)", () => {
    expect(resolveLoad(fileConcurrency, { rps: 25 }).load).toEqual({
      mode: "rate",
      targetRate: 25,
      maxVus: 25,
      durationSeconds: 120,
      rampSeconds: 0,
    });
    expect(resolveLoad(undefined, { rps: 2, durationSeconds: 5 }).load).toMatchObject({
      maxVus: 10,
      durationSeconds: 5,
    });
    expect(resolveLoad(undefined, { rps: 2, maxVus: 3 }).load).toMatchObject({ maxVus: 3 });
  });

  it("switches a rate file to concurrency mode with --vus", () => {
    expect(resolveLoad(fileRate, { vus: 4 }).load).toEqual({
      mode: "concurrency",
      vus: 4,
      durationSeconds: 300,
      rampUpSeconds: 0,
    });
  });

  it("drops the file's stages when flags replace the load, and says so", () => {
    const staged = ZLoadConfig.parse({ vus: 10, durationSeconds: 60, stages: [{ durationSeconds: 60, target: 10 }] });
    const { load, notes } = resolveLoad(staged, { durationSeconds: 5 });
    expect(load).toEqual({ mode: "concurrency", vus: 10, durationSeconds: 5, rampUpSeconds: 0 });
    expect(notes).toEqual(["the load flags replace the file's load; its stages are not used"]);
  });

  it("names the flag when the combined load is invalid", () => {
    try {
      resolveLoad(fileConcurrency, { durationSeconds: 10 });
      throw new Error("expected a failure");
    } catch (error) {
      expect((error as { exitCode: number }).exitCode).toBe(EXIT.usage);
      expect((error as Error).message).toBe("the load is not valid:\n  --ramp: ramp-up cannot be longer than the run");
    }
  });
});

describe("describeLoad", () => {
  it("says how many VUs or what rate, for how long", () => {
    expect(describeLoad(fileConcurrency)).toBe("50 VUs for 2m, ramp-up 30s");
    expect(describeLoad(fileRate)).toBe("200 iterations/s for 5m, up to 80 VUs, ramp 1m");
  });

  it("tells stages by their peak, not by the target rate or VUs they override", () => {
    const stages = [
      { durationSeconds: 30, target: 500 },
      { durationSeconds: 30, target: 40 },
    ];
    expect(describeLoad({ ...(fileRate as TRateLoad), stages })).toBe(
      "2 stages up to 500 iterations/s for 5m, up to 80 VUs",
    );
    expect(describeLoad({ ...(fileConcurrency as TConcurrencyLoad), stages })).toBe("2 stages up to 50 VUs for 2m");
  });
});
