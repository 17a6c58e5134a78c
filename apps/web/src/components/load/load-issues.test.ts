import type { TLoadConfig } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { loadIssues, mergeIssues } from "./load-issues";

const concurrency = (patch: Partial<Extract<TLoadConfig, { mode: "concurrency" }>>): TLoadConfig => ({
  mode: "concurrency",
  vus: 10,
  durationSeconds: 60,
  rampUpSeconds: 0,
  ...patch,
});

describe("loadIssues", () => {
  it("passes valid stages and an iteration cap", () => {
    const load = concurrency({
      stages: [
        { durationSeconds: 10, target: 10 },
        { durationSeconds: 5, target: 0 },
      ],
      iterations: 5,
    });
    expect(loadIssues(load)).toEqual([]);
  });

  it("asks for at least one stage, at the stage list", () => {
    expect(loadIssues(concurrency({ stages: [] }))).toEqual([
      { path: "load.stages", message: "add at least one stage" },
    ]);
  });

  it("wants whole, positive durations, at the row's field", () => {
    const stages = [
      { durationSeconds: 0, target: 1 },
      { durationSeconds: 2.5, target: 1 },
      { durationSeconds: Number.NaN, target: 1 },
    ];
    expect(loadIssues(concurrency({ stages }))).toEqual([
      { path: "load.stages.0.durationSeconds", message: "a whole number of seconds, at least 1" },
      { path: "load.stages.1.durationSeconds", message: "a whole number of seconds, at least 1" },
      { path: "load.stages.2.durationSeconds", message: "enter the stage's duration in seconds" },
    ]);
  });

  it("keeps VU targets between 0 and Max VUs", () => {
    const stages = [
      { durationSeconds: 1, target: -1 },
      { durationSeconds: 1, target: 11 },
      { durationSeconds: 1, target: 10 },
      { durationSeconds: 1, target: 0 },
    ];
    expect(loadIssues(concurrency({ stages }))).toEqual([
      { path: "load.stages.0.target", message: "cannot be negative" },
      { path: "load.stages.1.target", message: "at most 10 (Max VUs)" },
    ]);
  });

  it("lets rate targets exceed Max VUs (a rate, not a VU count) but not go negative", () => {
    const load: TLoadConfig = {
      mode: "rate",
      targetRate: 5,
      rampSeconds: 0,
      maxVus: 2,
      durationSeconds: 10,
      stages: [
        { durationSeconds: 5, target: 500 },
        { durationSeconds: 5, target: -3 },
      ],
    };
    expect(loadIssues(load)).toEqual([{ path: "load.stages.1.target", message: "cannot be negative" }]);
  });

  it("wants a whole iteration cap of at least 1; none is no limit", () => {
    expect(loadIssues(concurrency({ iterations: undefined }))).toEqual([]);
    expect(loadIssues(concurrency({ iterations: 0 }))).toEqual([
      { path: "load.iterations", message: "a whole number of iterations, at least 1 (or empty: no limit)" },
    ]);
  });
});

describe("loadIssues: distribution", () => {
  it("passes a split that adds up to 100 with enough generators", () => {
    expect(loadIssues(concurrency({ regions: { eu: 60, us: 40 }, generators: 3, waitTimeoutSeconds: 30 }))).toEqual([]);
  });

  it("names a split that does not add up to 100, at the region list, in the server's words", () => {
    expect(loadIssues(concurrency({ regions: { eu: 60, us: 30 } }))).toEqual([
      { path: "load.regions", message: "region percents must add up to 100 (they add up to 90)" },
    ]);
  });

  it("marks a percent left empty or out of range at its row, and an unnamed region at the list", () => {
    expect(loadIssues(concurrency({ regions: { eu: Number.NaN, "": 100, us: 0.5 } }))).toEqual([
      { path: "load.regions", message: "name every region (its generators' WORKER_REGION)" },
      { path: "load.regions.eu", message: "enter the region's percent" },
      { path: "load.regions.us", message: "a whole percent from 1 to 100" },
      { path: "load.regions", message: "region percents must add up to 100 (they add up to 100.5)" },
    ]);
  });

  it("wants a generator per region, and whole positive counts and timeouts", () => {
    expect(loadIssues(concurrency({ regions: { eu: 50, us: 50 }, generators: 1, waitTimeoutSeconds: 0 }))).toEqual([
      { path: "load.generators", message: "at least one generator per region: 2 regions need 2 or more" },
      { path: "load.waitTimeoutSeconds", message: "a whole number of seconds from 1 to 86400 (or empty: 600)" },
    ]);
    expect(loadIssues(concurrency({ generators: 0 }))).toEqual([
      { path: "load.generators", message: "a whole number of generators, at least 1 (or empty: the fewest that fit)" },
    ]);
  });
});

describe("mergeIssues", () => {
  it("shows a message the server and the page both found once", () => {
    const a = { path: "load.stages", message: "add at least one stage" };
    const b = { path: "load.vus", message: "at least one virtual user" };
    expect(mergeIssues([a], [a, b])).toEqual([a, b]);
  });

  it("drops what the page found at the last save attempt once the field is fixed", () => {
    const stale = { path: "load.stages.0.target", message: "at most 10 (Max VUs)", fromPage: true };
    expect(mergeIssues([stale], [])).toEqual([]);
  });
});
