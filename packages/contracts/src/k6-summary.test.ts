import { describe, expect, it } from "vitest";
import { toK6Summary } from "./k6-summary";
import type { TLatencySummary, TRunSummary } from "./metrics";

const latency = (p95: number): TLatencySummary => ({ min: 1, mean: 5, p50: 4, p90: 8, p95, p99: 20, max: 40 });

const summary: TRunSummary = {
  durationSeconds: 10,
  requests: 300,
  failures: 30,
  iterations: 150,
  droppedIterations: 5,
  rps: 30,
  generatorBound: false,
  latency: latency(10),
  steps: [
    {
      step: "token",
      requests: 150,
      failures: 0,
      statusCodes: { "200": 150 },
      errors: {},
      bytesSent: 1500,
      bytesReceived: 3000,
      checksPassed: 150,
      checksFailed: 0,
      latency: latency(9),
    },
    {
      step: "activity",
      requests: 150,
      failures: 30,
      statusCodes: { "200": 120, "500": 30 },
      errors: { http_5xx: 30 },
      bytesSent: 2500,
      bytesReceived: 1000,
      checksPassed: 100,
      checksFailed: 50,
      latency: latency(11),
    },
  ],
};

describe("the k6-named summary", () => {
  it("names run totals as k6 does, with rates per second of the run", () => {
    const k6 = toK6Summary(summary, { vusMax: 20, vus: { value: 0, min: 0, max: 20 } });
    expect(k6.metrics.http_reqs).toEqual({ count: 300, rate: 30 });
    expect(k6.metrics.iterations).toEqual({ count: 150, rate: 15 });
    expect(k6.metrics.dropped_iterations).toEqual({ count: 5, rate: 0.5 });
    // http_req_failed is a rate of failed requests: its "passes" are the failures.
    expect(k6.metrics.http_req_failed).toEqual({ passes: 30, fails: 270, value: 0.1 });
    expect(k6.metrics.checks).toEqual({ passes: 250, fails: 50, value: 0.833333 });
    expect(k6.metrics.data_sent).toEqual({ count: 4000, rate: 400 });
    expect(k6.metrics.data_received).toEqual({ count: 4000, rate: 400 });
    expect(k6.metrics.http_req_duration).toEqual({ avg: 5, min: 1, med: 4, max: 40, p90: 8, p95: 10, p99: 20 });
    expect(k6.metrics.vus_max.value).toBe(20);
    expect(k6.metrics.http_req_duration_corrected).toBeUndefined();
  });

  it("gives each step the same request metrics under its name, and the corrected latency when measured", () => {
    const k6 = toK6Summary({ ...summary, latencyCorrected: latency(900) }, { vusMax: 20 });
    expect(Object.keys(k6.steps)).toEqual(["token", "activity"]);
    expect(k6.steps.activity!.http_req_failed.value).toBe(0.2);
    expect(k6.steps.token!.http_req_duration.p95).toBe(9);
    expect(k6.metrics.http_req_duration_corrected?.p95).toBe(900);
  });
});
