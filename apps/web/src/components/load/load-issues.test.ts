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
