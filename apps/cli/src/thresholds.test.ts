import { describe, expect, it } from "vitest";
import { parseThreshold } from "./thresholds";

describe("parseThreshold", () => {
  it.each([
    ["p95<300", { metric: "p95", operator: "<", limit: 300 }],
    ["p99<=1000", { metric: "p99", operator: "<=", limit: 1000 }],
    ["p(95) < 300ms", { metric: "p95", operator: "<", limit: 300 }],
    ["p95<1.5s", { metric: "p95", operator: "<", limit: 1500 }],
    ["med<50", { metric: "p50", operator: "<", limit: 50 }],
    ["avg<100", { metric: "avg", operator: "<", limit: 100 }],
    ["mean<100", { metric: "avg", operator: "<", limit: 100 }],
    ["max<2000", { metric: "max", operator: "<", limit: 2000 }],
    ["error_rate<1%", { metric: "error_rate", operator: "<", limit: 0.01 }],
    ["error_rate<0.01", { metric: "error_rate", operator: "<", limit: 0.01 }],
    ["checks>=99.5%", { metric: "checks", operator: ">=", limit: 0.995 }],
    ["rps>100", { metric: "rps", operator: ">", limit: 100 }],
    ["failures==0", { metric: "failures", operator: "==", limit: 0 }],
    ["requests!=0", { metric: "requests", operator: "!=", limit: 0 }],
    ["dropped_iterations==0", { metric: "dropped_iterations", operator: "==", limit: 0 }],
    ["p95<0", { metric: "p95", operator: "<", limit: 0 }],
  ])("%s", (source, expected) => {
    const parsed = parseThreshold(source);
    expect(parsed).toMatchObject({ source, ...expected });
    expect(parsed.step).toBeUndefined();
  });

  it("restricts a threshold to one step, with spaces and optional quotes", () => {
    expect(parseThreshold("p95{step:Join activity}<200")).toMatchObject({
      metric: "p95",
      step: "Join activity",
      limit: 200,
    });
    expect(parseThreshold('error_rate{ step: "Get access token" }<5%')).toMatchObject({
      metric: "error_rate",
      step: "Get access token",
      limit: 0.05,
    });
  });

  it.each([
    ["p95", "expected <metric>[{step:<name>}]<op><number>"],
    ["p95<<3", "expected <metric>"],
    ["p95<fast", "expected <metric>"],
    ["p95=>3", "expected <metric>"],
    ["p97<300", 'unknown metric "p97" (percentiles available are p50, p90, p95, p99)'],
    ["latency<300", 'unknown metric "latency"'],
    ["p95<5%", "p95 is a latency; use ms or s, not %"],
    ["error_rate<5ms", "error_rate is a fraction"],
    ["error_rate<150%", "between 0 and 1"],
    ["rps>100%", 'rps takes a plain number, without "%"'],
    ["iterations{step:a}>1", "iterations is counted per run, not per step"],
    ["p95{step:}<3", "needs a step name"],
  ])("refuses %j: %s", (source, message) => {
    expect(() => parseThreshold(source)).toThrow(`--threshold "${source}": `);
    expect(() => parseThreshold(source)).toThrow(message);
  });
});
