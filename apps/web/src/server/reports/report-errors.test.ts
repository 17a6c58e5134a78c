import { describe, expect, it } from "vitest";
import { analyzeErrors } from "./report-errors";

const latency = { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
const step = (name: string, requests: number, statusCodes: Record<string, number>, errors: Record<string, number>) => ({
  step: name,
  requests,
  failures: Object.values(errors).reduce((a, b) => a + b, 0),
  statusCodes,
  errors,
  bytesSent: 0,
  bytesReceived: 0,
  checksPassed: 0,
  checksFailed: 0,
  latency,
});

describe("analyzeErrors", () => {
  it("lists failure kinds and non-success statuses per API, largest first, with their share", () => {
    const { kinds, statuses } = analyzeErrors([
      step("token", 100, { "200": 100 }, {}),
      step("activity", 200, { "200": 150, "401": 40, "302": 5, "503": 5 }, { auth: 40, http_5xx: 5 }),
    ]);
    expect(kinds).toEqual([
      { step: "activity", kind: "auth", count: 40, share: 20 },
      { step: "activity", kind: "http_5xx", count: 5, share: 2.5 },
    ]);
    expect(statuses.map((s) => s.status)).toEqual(["401", "503"]);
  });
});
