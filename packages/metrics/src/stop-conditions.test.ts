import { describe, expect, it } from "vitest";
import { ZStopCondition, type TStopConditionInput } from "@stampede/contracts";
import { evaluateStopConditions, StopConditionWatch, type StopWatchSecond } from "./stop-conditions";
import { StepTotals } from "./step-totals";
import { rampUpEndSecond, stopWatchOptionsFor } from "./stop-watch-options";

const rule = (r: TStopConditionInput) => ZStopCondition.parse(r);

/** A second of one step: `ok` 200s and `failed` 500s, each taking `ms`, plus checks and gauges. */
function sec(
  second: number,
  o: {
    ok?: number;
    failed?: number;
    ms?: number;
    step?: string;
    checksFailed?: number;
    iterations?: number;
    cpu?: number;
  },
): StopWatchSecond {
  const t = new StepTotals(o.step ?? "api");
  for (let i = 0; i < (o.ok ?? 0); i++) t.record((o.ms ?? 10) * 1000, 200, undefined, 0, 0);
  for (let i = 0; i < (o.failed ?? 0); i++) t.record((o.ms ?? 10) * 1000, 500, "http_5xx", 0, 0);
  t.recordChecks(0, o.checksFailed ?? 0);
  const encoded = t.toEncoded();
  t.destroy();
  return { second, iterations: o.iterations ?? 0, generatorCpu: o.cpu ?? null, steps: [encoded] };
}

describe("StopConditionWatch", () => {
  const errorRule = rule({ metric: "error_rate", comparison: ">", threshold: 50, windowSeconds: 3, action: "stop" });

  it("fires once the first full window breaches, with the window's error rate and the second", () => {
    const seconds = [sec(0, { ok: 10 }), sec(1, { ok: 10 }), sec(2, { failed: 10 }), sec(3, { failed: 10 })];
    const fired = evaluateStopConditions([errorRule], seconds);
    // window 1..3: 20 failures of 30 requests
    expect(fired).toHaveLength(1);
    expect(fired[0]!.second).toBe(3);
    expect(fired[0]!.observed).toBeCloseTo(66.667, 2);
    expect(fired[0]!.message).toBe("error rate 66.7% > 50% over 3 s windows, at 0:04");
  });

  it("needs M consecutive breached windows and warns once per breach", () => {
    const r = rule({ metric: "error_rate", comparison: ">", threshold: 50, windowSeconds: 1, consecutiveWindows: 3 });
    const pattern = [1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1];
    const fired = evaluateStopConditions(
      [r],
      pattern.map((bad, s) => sec(s, bad ? { failed: 4 } : { ok: 4 })),
    );
    expect(fired.map((f) => f.second)).toEqual([5, 11]);
    expect(fired[0]!.message).toBe("error rate 100% > 50% over 1 s windows, 3 in a row, at 0:06");
  });

  it("computes window percentiles from merged histograms, not per-second ones", () => {
    const r = rule({ metric: "p90", comparison: ">=", threshold: 100, windowSeconds: 2 });
    // 10 fast requests in second 0 and 10 slow in second 1: the p90 of the window is the slow one (100 ms),
    // while the mean of the per-second p90s would be 55 ms.
    const fired = evaluateStopConditions([r], [sec(0, { ok: 10, ms: 10 }), sec(1, { ok: 10, ms: 100 })]);
    expect(fired).toHaveLength(1);
    expect(fired[0]!.observed).toBeCloseTo(100, 0);
  });

  it("looks at one API when the rule names one", () => {
    const r = rule({ metric: "error_rate", step: "login", comparison: ">", threshold: 10, windowSeconds: 1 });
    const s: StopWatchSecond = { ...sec(0, { failed: 5, step: "other" }) };
    s.steps.push(...sec(0, { ok: 9, failed: 1, step: "login" }).steps);
    expect(evaluateStopConditions([r], [s])).toEqual([]);
    const worse = sec(1, { ok: 8, failed: 2, step: "login" });
    expect(evaluateStopConditions([r], [s, worse])[0]!.observed).toBe(20);
  });

  it("status share by code class, checks failure rate and generator CPU", () => {
    const share = rule({ metric: "status_share", status: "5xx", comparison: ">=", threshold: 25, windowSeconds: 2 });
    const checks = rule({ metric: "checks_failure_rate", comparison: ">", threshold: 10, windowSeconds: 1 });
    const cpu = rule({ metric: "generator_cpu", comparison: ">", threshold: 90, windowSeconds: 2 });
    const fired = evaluateStopConditions(
      [share, checks, cpu],
      [sec(0, { ok: 6, failed: 2, cpu: 0.9, checksFailed: 1 }), sec(1, { ok: 8, cpu: 0.96 })],
    );
    expect(fired.map((f) => [f.index, f.second, Number(f.observed.toFixed(3))])).toEqual([
      [1, 0, 100],
      [2, 1, 93],
    ]);
    const more = evaluateStopConditions([share], [sec(0, { ok: 3, failed: 1 }), sec(1, { ok: 3, failed: 1 })]);
    expect(more[0]!.observed).toBe(25);
  });

  it("an empty window is no breach, and a gap counts as an empty second", () => {
    const r = rule({ metric: "error_rate", comparison: ">", threshold: 50, windowSeconds: 2 });
    expect(evaluateStopConditions([r], [sec(0, {}), sec(1, {})])).toEqual([]);
    // second 1 never arrives: the window 1..2 holds only second 2's figures
    expect(evaluateStopConditions([r], [sec(0, { ok: 10 }), sec(2, { failed: 2 })])[0]!.second).toBe(2);
  });

  it("achieved TPS against the planned target, ramp-up ignored when asked", () => {
    const load = {
      mode: "rate" as const,
      startRate: 0,
      targetRate: 10,
      rampSeconds: 4,
      durationSeconds: 10,
      maxVus: 5,
    };
    const options = stopWatchOptionsFor(load);
    expect(options.rampUpEndSecond).toBe(4);
    expect(options.lastSecond).toBe(9);
    const r = rule({
      metric: "tps_below_target",
      comparison: "<",
      threshold: 90,
      windowSeconds: 2,
      ignoreRampUp: true,
    });
    const seconds = Array.from({ length: 11 }, (_, s) => sec(s, { iterations: s < 4 ? 0 : s < 7 ? 10 : 5 }));
    const fired = evaluateStopConditions([r], seconds, options);
    // windows before second 4 are skipped (no iterations during the ramp); 7..8 achieves 5/s of 10/s
    expect(fired.map((f) => [f.second, f.observed])).toEqual([[7, 75]]);
    const counted = evaluateStopConditions([{ ...r, ignoreRampUp: false }], seconds, options);
    expect(counted[0]!.second).toBe(1);
  });

  it("a late second replaces its figures but does not evaluate windows again", () => {
    const r = rule({ metric: "error_rate", comparison: ">", threshold: 50, windowSeconds: 2 });
    const watch = new StopConditionWatch([r]);
    expect(watch.add(sec(0, { ok: 4 }))).toEqual([]);
    expect(watch.add(sec(1, { ok: 4 }))).toEqual([]);
    expect(watch.add(sec(1, { ok: 4, failed: 20 }))).toEqual([]);
    // window 1..2 now holds the late figures of second 1: 40 failures of 44
    expect(watch.add(sec(2, { failed: 20 }))[0]!.observed).toBeCloseTo(90.91, 1);
  });
});

describe("rampUpEndSecond", () => {
  it("is where a step ramp reaches its top, or 0 without a ramp", () => {
    const base = { mode: "concurrency" as const, vus: 10, durationSeconds: 60, rampUpSeconds: 0 };
    expect(rampUpEndSecond(base)).toBe(0);
    expect(rampUpEndSecond({ ...base, startPercent: 50, incrementPercent: 10, stepDurationSeconds: 5 })).toBe(25);
  });
});
