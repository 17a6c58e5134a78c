import { describe, expect, it } from "vitest";
import { isGeneratorBound, summarizeRun } from "./run-summary";
import { StepTotals } from "./step-totals";

describe("summarizeRun", () => {
  it("merges every step's histograms for the run's latency, raw and corrected", () => {
    const a = new StepTotals("a");
    const b = new StepTotals("b");
    for (let i = 0; i < 99; i++) a.record(1000, 200, undefined, 0, 0);
    b.record(800_000, 200, undefined, 0, 0, { lateUs: 200_000 });
    const s = summarizeRun([a, b], {
      durationSeconds: 10,
      iterations: 50,
      droppedIterations: 2,
      busySeconds: 0,
      seconds: 10,
    });
    expect(s).toMatchObject({ requests: 100, iterations: 50, droppedIterations: 2, rps: 10, generatorBound: false });
    expect(s.latency.max).toBeCloseTo(800, -1);
    expect(s.latencyCorrected!.max).toBeCloseTo(1000, -1);
    expect(s.steps.map((x) => x.step)).toEqual(["a", "b"]);
    a.destroy();
    b.destroy();
  });

  it("calls a run generator-bound when CPU was high for 3+ seconds and a third of the run", () => {
    expect(isGeneratorBound(2, 4)).toBe(false);
    expect(isGeneratorBound(3, 9)).toBe(true);
    expect(isGeneratorBound(3, 10)).toBe(false);
  });
});
