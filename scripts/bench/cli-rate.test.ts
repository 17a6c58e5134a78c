import { describe, expect, it } from "vitest";
import { latencyBySecond } from "./cli-rate";

describe("latencyBySecond", () => {
  it("takes the first second with answers, and the median p95 after two of them without the last", () => {
    const stderr = [
      "stampede: running hello.json: 5000 iterations/s for 6s, up to 5000 VUs",
      "2s/6s       0.0 req/s  p95     0.00 ms  errors   0.00%  5000 VUs  dropped 5470",
      "3s/6s    9110.3 req/s  p95   448.51 ms  errors   0.00%  1262 VUs",
      "4s/6s    5000.7 req/s  p95     0.90 ms  errors   0.00%    40 VUs",
      "5s/6s    5000.1 req/s  p95     0.50 ms  errors   0.00%    40 VUs",
      "6s/6s    5000.1 req/s  p95     0.70 ms  errors   0.00%    40 VUs",
      "6s/6s    5000.1 req/s  p95     0.60 ms  errors   0.00%    40 VUs",
      "  note: something else",
      "6s/6s    4000.0 req/s  p95    30.00 ms  errors   0.00%     0 VUs",
    ].join("\n");
    expect(latencyBySecond(stderr)).toEqual({ first: 448.51, steady: 0.6 });
  });

  it("fails saying so when the CLI printed no live lines", () => {
    expect(() => latencyBySecond("stampede: running x\n")).toThrow(/no per-second lines/);
  });
});
