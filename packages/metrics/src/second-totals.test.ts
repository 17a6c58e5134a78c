import type { TShardFrame } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { SecondTotals } from "./second-totals";
import { StepTotals } from "./step-totals";

function frame(second: number, vus: number, iterations: number, latenciesMs: number[], cpu?: number): TShardFrame {
  const api = new StepTotals("api");
  for (const ms of latenciesMs) api.record(ms * 1000, 200, undefined, 10, 20);
  const steps = [api.toEncoded()];
  api.destroy();
  return { second, vus, iterations, droppedIterations: 1, cpu, steps };
}

describe("SecondTotals", () => {
  it("adds shards' frames: gauges add, the busiest CPU wins, percentiles come from the merged histogram", () => {
    const acc = new SecondTotals(4);
    acc.addFrame(frame(4, 10, 100, Array(99).fill(1), 0.5));
    acc.addFrame(frame(4, 5, 50, [900], 0.9));
    const { steps, second } = acc.toRecords();
    acc.destroy();
    expect(second).toMatchObject({
      second: 4,
      vus: 15,
      iterations: 150,
      droppedIterations: 2,
      generatorCpu: 0.9,
      requests: 100,
    });
    expect(second.p50Ms).toBeCloseTo(1, 1);
    expect(second.p99Ms).toBeCloseTo(1, 1);
    expect(steps[0]).toMatchObject({ step: "api", requests: 100, bytesSent: 1000, bytesReceived: 2000 });
    expect(steps[0]!.maxMs).toBeCloseTo(900, -1);
  });

  it("a stored second plus a late frame equals the second merged in order", () => {
    const first = frame(7, 10, 100, [1, 2, 3], 0.2);
    const late = frame(7, 4, 40, [500], 0.4);

    const inOrder = new SecondTotals(7);
    inOrder.addFrame(first);
    inOrder.addFrame(late);
    const expected = inOrder.toRecords();

    const stored = new SecondTotals(7);
    stored.addFrame(first);
    const written = stored.toRecords();
    const again = new SecondTotals(7);
    again.addFrame(late);
    for (const row of written.steps) again.addStep(row.step, row);
    again.addGauges(written.second);
    const actual = again.toRecords();

    expect(actual.second).toEqual(expected.second);
    expect(actual.steps.map(({ histogram: _h, histogramCorrected: _c, ...r }) => r)).toEqual(
      expected.steps.map(({ histogram: _h, histogramCorrected: _c, ...r }) => r),
    );
    for (const acc of [inOrder, stored, again]) acc.destroy();
  });
});
