import { describe, expect, it } from "vitest";
import { omissionWarning } from "./omission-warning";

const latency = (p99: number) => ({ min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99, max: p99 });

describe("omissionWarning", () => {
  it("speaks when corrected p99 is more than twice the raw p99, and only then", () => {
    expect(omissionWarning({ latency: latency(0.68), latencyCorrected: latency(783) })).toBe(
      "corrected p99 783 ms is more than 2× the raw p99 0.68 ms: responses stalled at times (the target, the " +
        "network or the load generator itself), and the requests that would have been sent meanwhile are missing " +
        "from the raw figures",
    );
    expect(omissionWarning({ latency: latency(10), latencyCorrected: latency(20) })).toBeUndefined();
    expect(omissionWarning({ latency: latency(10) })).toBeUndefined();
  });
});
