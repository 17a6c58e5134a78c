import { describe, expect, it } from "vitest";
import { toLivePoint } from "./live-point";

const second = { second: 3, requests: 30, failures: 1, vus: 4, p50Ms: 1, p95Ms: 2, p99Ms: 3 };
const steps = [
  { step: "a", requests: 10, failures: 0, p95Ms: 1.5 },
  { step: "b", requests: 20, failures: 1, p95Ms: 2.5 },
];

describe("toLivePoint", () => {
  it("reads a stored second and its steps into the chart's point", () => {
    expect(toLivePoint({ ...second, p99CorrectedMs: 900 }, steps)).toEqual({
      second: 3,
      requests: 30,
      failures: 1,
      vus: 4,
      p50: 1,
      p95: 2,
      p99: 3,
      p99Corrected: 900,
      steps: [
        { step: "a", requests: 10, failures: 0, p95: 1.5 },
        { step: "b", requests: 20, failures: 1, p95: 2.5 },
      ],
    });
  });

  it("leaves the corrected p99 out for a second stored before it was measured", () => {
    expect(toLivePoint({ ...second, p99CorrectedMs: null }, [])).not.toHaveProperty("p99Corrected");
  });
});
