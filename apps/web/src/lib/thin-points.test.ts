import { type TLivePoint, ZLivePoint } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { thinPoints } from "./thin-points";

const point = (second: number, requests: number, p99: number, withStep = true): TLivePoint =>
  ZLivePoint.parse({
    second,
    vus: second + 1,
    iterations: requests,
    requests,
    failures: 1,
    p50: p99 / 4,
    p95: p99 / 2,
    p99,
    statusCodes: { "200": requests - 1, "500": 1 },
    steps: withStep ? [{ step: "login", requests, failures: 1, p95: p99 / 2, p99, errors: { http_5xx: 1 } }] : [],
  });

describe("thinPoints", () => {
  it("keeps every second up to the limit", () => {
    const points = [point(0, 10, 5), point(1, 20, 7)];
    expect(thinPoints(points, 2)).toBe(points);
  });

  it("draws buckets of whole seconds: rates as their mean per second, latencies as the worst second", () => {
    const points = [point(0, 10, 5), point(1, 20, 9), point(2, 30, 4, false), point(3, 40, 6), point(4, 50, 8)];
    const thin = thinPoints(points, 2);
    expect(thin.map((p) => p.second)).toEqual([0, 3]);
    const [first] = thin;
    expect(first).toMatchObject({ requests: 20, failures: 1, p99: 9, vus: 3, iterations: 20 });
    expect(first!.statusCodes).toEqual({ "200": 19, "500": 1 });
    // The step sent nothing in second 2: its mean per second counts that second as zero.
    expect(first!.steps).toHaveLength(1);
    expect(first!.steps[0]).toMatchObject({ step: "login", requests: 10, p99: 9 });
    expect(first!.steps[0]!.errors).toEqual({ http_5xx: 2 / 3 });
  });
});
