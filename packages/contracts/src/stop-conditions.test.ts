import { describe, expect, it } from "vitest";
import { formatIssues } from "./format-issues";
import { ZScenarioSpec } from "./scenario";
import { describeStopCondition, effectiveStopConditions, ZStopCondition, ZStopConditions } from "./stop-conditions";

const spec = (stopConditions: unknown) => ({
  flows: [{ name: "main", steps: [{ type: "http", name: "login", url: "http://127.0.0.1:1/login" }] }],
  stopConditions,
});

describe("ZStopCondition", () => {
  it("fills defaults and describes the rule", () => {
    const rule = ZStopCondition.parse({ metric: "error_rate", comparison: ">", threshold: 50, windowSeconds: 3 });
    expect(rule).toMatchObject({ consecutiveWindows: 1, ignoreRampUp: false, action: "warn" });
    expect(describeStopCondition({ ...rule, consecutiveWindows: 3 })).toBe(
      "error rate > 50% over 3 s windows, 3 in a row",
    );
    const p95 = ZStopCondition.parse({ metric: "p95", step: "login", comparison: ">=", threshold: 800 });
    expect(describeStopCondition(p95)).toBe('p95 of "login" >= 800 ms over 10 s windows');
  });

  it("refuses bad rules naming the field", () => {
    const issues = (v: unknown) => {
      const r = ZStopConditions.safeParse(v);
      return r.success ? [] : formatIssues(r.error);
    };
    expect(issues([{ metric: "latency", comparison: ">", threshold: 1 }])[0]).toMatch(
      /^0\.metric: metric must be one of/,
    );
    expect(issues([{ metric: "status_share", comparison: ">", threshold: 1 }])).toContain(
      '0.status: status_share needs a status, e.g. "500" or "5xx"',
    );
    expect(issues([{ metric: "status_share", status: "6xx", comparison: ">", threshold: 1 }])[0]).toMatch(
      /^0\.status:/,
    );
    expect(issues([{ metric: "error_rate", comparison: ">", threshold: 150 }])).toContain(
      "0.threshold: error_rate is a percent: at most 100",
    );
    expect(issues([{ metric: "p99", comparison: "=", threshold: 1, windowSeconds: 0 }])).toEqual([
      "0.comparison: comparison must be one of > >= < <=",
      "0.windowSeconds: windowSeconds must be at least 1",
    ]);
    expect(issues(Array.from({ length: 21 }, () => ({ metric: "p99", comparison: ">", threshold: 1 })))).toEqual([
      "at most 20 stop conditions",
    ]);
  });

  it("a scenario's rule on an API names one it has", () => {
    const ok = ZScenarioSpec.safeParse(spec([{ metric: "p95", step: "login", comparison: ">", threshold: 1 }]));
    expect(ok.success).toBe(true);
    const bad = ZScenarioSpec.safeParse(spec([{ metric: "p95", step: "logn", comparison: ">", threshold: 1 }]));
    expect(bad.success ? [] : formatIssues(bad.error)).toEqual([
      'stopConditions.0.step: no API named "logn" in the scenario',
    ]);
  });

  it("the scenario's own rules win over the project's defaults", () => {
    const a = ZStopCondition.parse({ metric: "p99", comparison: ">", threshold: 1 });
    const b = ZStopCondition.parse({ metric: "p95", comparison: ">", threshold: 1 });
    expect(effectiveStopConditions([a], [b])).toEqual([a]);
    expect(effectiveStopConditions([], [b])).toEqual([b]);
    expect(effectiveStopConditions(undefined, undefined)).toEqual([]);
  });
});
