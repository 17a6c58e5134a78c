import { describe, expect, it } from "vitest";
import type { CaseResult } from "./measure-case";
import { medianRuns, roundRatios } from "./repeats";

const run = (id: string, round: number, requestsPerCpuSecond: number): CaseResult => ({
  id,
  label: id,
  workload: "get",
  round,
  requests: requestsPerCpuSecond,
  failures: 0,
  durationSeconds: 1,
  requestsPerSecond: requestsPerCpuSecond,
  cpuSeconds: 1,
  requestsPerCpuSecond,
  cpuSecondsPer10kRequests: 10_000 / requestsPerCpuSecond,
  maxRssMb: 0,
  targetCpuPercent: 0,
  otherCpuPercent: 0,
});

describe("repeated runs", () => {
  it("reports each case's median run with the range, cases in the order they first ran", () => {
    const results = [run("b", 1, 50), run("a", 1, 30), run("b", 2, 70), run("a", 2, 10), run("b", 3, 60)];
    expect(medianRuns(results).map((r) => [r.id, r.requestsPerCpuSecond, r.runs, r.requestsPerCpuSecondRange])).toEqual(
      [
        ["b", 60, 3, [50, 70]],
        ["a", 10, 2, [10, 30]],
      ],
    );
  });

  it("compares CPU per request round by round", () => {
    const results = [run("post", 1, 40), run("get", 1, 50), run("post", 2, 60), run("get", 2, 60), run("post", 3, 1)];
    expect(roundRatios(results, "post", "get")).toEqual({ median: 1, min: 1, max: 1.25 });
    expect(roundRatios(results, "post", "none")).toBeUndefined();
  });
});
