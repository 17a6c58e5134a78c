import { type TLoadConfig, ZLoadConfig } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { describeLoadPlan } from "./describe-load";

const stages = [
  { durationSeconds: 10, target: 20 },
  { durationSeconds: 30, target: 20 },
  { durationSeconds: 10, target: 0 },
];
const vus = (patch: Partial<Extract<TLoadConfig, { mode: "concurrency" }>>): TLoadConfig => ({
  mode: "concurrency",
  vus: 20,
  durationSeconds: 50,
  rampUpSeconds: 0,
  ...patch,
});
const rate = (patch: Partial<Extract<TLoadConfig, { mode: "rate" }>>): TLoadConfig => ({
  mode: "rate",
  targetRate: 50,
  rampSeconds: 0,
  maxVus: 30,
  durationSeconds: 50,
  ...patch,
});

describe("describeLoadPlan", () => {
  it("adds the distribution when it differs from the defaults, and nothing when it does not", () => {
    expect(describeLoadPlan(vus({ regions: { eu: 60, us: 40 }, generators: 3, onGeneratorLost: "continue" }))).toBe(
      "Concurrency: 20 VUs for 50 s, all at once. 60% in eu, 40% in us; over 3 generators; a lost generator's shard is left out",
    );
    expect(describeLoadPlan(rate({ whenBusy: "fail", generators: 1 }))).toBe(
      "TPS mode: 50 iterations/s for 50 s, at most 30 VUs. Over 1 generator; fails at once when generators are busy",
    );
    expect(describeLoadPlan(vus({ whenBusy: "wait", waitTimeoutSeconds: 600, onGeneratorLost: "reassign" }))).toBe(
      "Concurrency: 20 VUs for 50 s, all at once",
    );
    expect(describeLoadPlan(vus({ waitTimeoutSeconds: 30 }))).toBe(
      "Concurrency: 20 VUs for 50 s, all at once. Waits up to 30 s for free generators",
    );
  });

  it("lists VU stages that fill the run, and the iteration cap", () => {
    expect(describeLoadPlan(vus({ stages, iterations: 1500 }))).toBe(
      "Concurrency for 50 s in 3 stages from 0 VUs: to 20 VUs over 10 s, to 20 VUs over 30 s, to 0 VUs over 10 s; stops after 1,500 iterations if that comes first",
    );
  });

  it("says the last target holds when the stages end before the run", () => {
    expect(describeLoadPlan(vus({ durationSeconds: 60, stages: stages.slice(0, 2) }))).toBe(
      "Concurrency for 60 s in 2 stages from 0 VUs: to 20 VUs over 10 s, to 20 VUs over 30 s, then 20 VUs for the last 20 s",
    );
  });

  it("says what is cut when the run ends before the stages", () => {
    expect(describeLoadPlan(rate({ durationSeconds: 45, stages }))).toBe(
      "TPS mode for 45 s, at most 30 VUs, in 3 stages from 0/s: to 20/s over 10 s, to 20/s over 30 s, to 0/s over 10 s; the run ends at 45 s, so the last 5 s of stages never run",
    );
  });

  it("sums up many stages by their peak", () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ durationSeconds: 5, target: i * 3 }));
    expect(describeLoadPlan(vus({ durationSeconds: 30, stages: many }))).toBe(
      "Concurrency for 30 s in 6 stages from 0 VUs, peaking at 15 VUs",
    );
  });

  it("keeps the sentences of the other ramps, with a cap where set", () => {
    expect(describeLoadPlan(vus({ vus: 3, durationSeconds: 10 }))).toBe("Concurrency: 3 VUs for 10 s, all at once");
    expect(describeLoadPlan(vus({ rampUpSeconds: 5, iterations: 10 }))).toBe(
      "Concurrency: 20 VUs for 50 s, linear ramp-up over 5 s; stops after 10 iterations if that comes first",
    );
    expect(describeLoadPlan(rate({ startRate: 5, rampSeconds: 10 }))).toBe(
      "TPS mode: 50 iterations/s for 50 s, at most 30 VUs, ramping from 5/s over 10 s",
    );
  });

  it("names each flow's own rate in TPS mode with per-flow rates", () => {
    const load = ZLoadConfig.parse({
      mode: "rate",
      targetRate: 100,
      maxVus: 10,
      durationSeconds: 60,
      flowRates: [
        { flow: "browse", rate: 60, funnel: [{ step: "detail", rate: 30 }] },
        { flow: "buy", rate: 40 },
      ],
    });
    expect(describeLoadPlan(load)).toBe(
      "TPS mode: 100 iterations/s for 60 s, at most 10 VUs; per flow: browse 60/s (funnel), buy 40/s",
    );
  });
});
