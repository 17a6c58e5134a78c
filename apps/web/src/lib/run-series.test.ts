import type { TLivePoint } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { breakdownRows, pointsInRange, rangeOf, seriesRows, stepNames, wholeSeconds } from "./run-series";

const figures = { bytesSent: 0, bytesReceived: 0, checksPassed: 0, checksFailed: 0, p90: 0, max: 0, mean: 0 };

function point(second: number, codes: Record<string, number>, p99Corrected?: number): TLivePoint {
  const requests = Object.values(codes).reduce((a, b) => a + b, 0);
  const failures = codes["401"] ?? 0;
  const errors: Record<string, number> = failures ? { auth: failures } : {};
  return {
    ...figures,
    second,
    vus: 5,
    iterations: 10,
    droppedIterations: 1,
    requests,
    failures,
    statusCodes: codes,
    errors,
    p50: 1,
    p95: 2,
    p99: 3,
    ...(p99Corrected === undefined ? {} : { p99Corrected }),
    steps: [
      {
        ...figures,
        step: "token",
        requests: 1,
        failures: 0,
        statusCodes: { "200": 1 },
        errors: {},
        p50: 1,
        p95: 1,
        p99: 1,
      },
      { ...figures, step: "join", requests, failures, statusCodes: codes, errors, p50: 9, p95: 9, p99: 9 },
    ],
  };
}

const points = [point(0, { "200": 10 }, 4), point(1, { "200": 4, "401": 6 }), point(2, { "401": 3 })];

describe("run series", () => {
  it("leaves the newest second out of the charts: filling in while running, partial once ended", () => {
    expect(wholeSeconds(points).map((p) => p.second)).toEqual([0, 1]);
    expect(wholeSeconds([points[0]!])).toEqual([]);
    // An ended run of 2.5 s: seconds 0 and 1 are whole, 2 was cut short.
    expect(wholeSeconds(points, 2.5).map((p) => p.second)).toEqual([0, 1]);
    expect(wholeSeconds(points, 3).map((p) => p.second)).toEqual([0, 1, 2]);
    expect(wholeSeconds(points, 0.5).map((p) => p.second)).toEqual([0, 1, 2]); // fewer than two whole: all
  });

  it("keeps the points of a zoomed range", () => {
    expect(pointsInRange(points, { from: 1, to: 2 }).map((p) => p.second)).toEqual([1, 2]);
    expect(pointsInRange(points, null)).toHaveLength(3);
  });

  it("switches the figures to one step, keeping the run's VUs and iterations", () => {
    const [run] = seriesRows(points, null);
    expect(run).toMatchObject({ second: 0, requests: 10, p99: 3, p99Corrected: 4, vus: 5, droppedIterations: 1 });
    const [join] = seriesRows(points, "join");
    expect(join).toMatchObject({ requests: 10, p99: 9, vus: 5 });
    expect(join).not.toHaveProperty("p99Corrected");
    expect(seriesRows(points, "missing")[0]).toMatchObject({ requests: 0, second: 0 });
  });

  it("lays status codes and error kinds out per second, 0 where a second had none", () => {
    expect(breakdownRows(points, null, "statusCodes")).toEqual({
      keys: ["200", "401"],
      rows: [
        { second: 0, "200": 10, "401": 0 },
        { second: 1, "200": 4, "401": 6 },
        { second: 2, "200": 0, "401": 3 },
      ],
    });
    expect(breakdownRows(points, "token", "errors").keys).toEqual([]);
    expect(breakdownRows(points, "join", "errors").rows[1]).toEqual({ second: 1, auth: 6 });
  });

  it("lists the steps and turns a drag into a range", () => {
    expect(stepNames(points)).toEqual(["token", "join"]);
    expect(rangeOf(7, 3)).toEqual({ from: 3, to: 7 });
    expect(rangeOf(3, 3)).toBeNull();
    expect(rangeOf(undefined, 3)).toBeNull();
  });
});
