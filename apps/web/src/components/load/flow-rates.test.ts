import { type TRateLoad, ZLoadConfig } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import {
  describeFlowRates,
  withFlowRate,
  withFlowRatesOn,
  withFunnelOn,
  withFunnelRate,
  withTargetRate,
} from "./flow-rates";
import { loadIssues } from "./load-issues";

const flows = [
  { name: "browse", apis: ["list", "detail", "cart"] },
  { name: "buy", apis: ["pay"] },
];
const load = ZLoadConfig.parse({ mode: "rate", targetRate: 100, maxVus: 20, durationSeconds: 60 }) as TRateLoad;

describe("per-flow rates in the load editor", () => {
  it("shares the target between flows when turned on, and keeps the target at their sum", () => {
    const on = withFlowRatesOn(load, flows, true);
    expect(on.flowRates).toEqual([
      { flow: "browse", rate: 50 },
      { flow: "buy", rate: 50 },
    ]);
    expect(withFlowRate(on, "buy", 20).targetRate).toBe(70);
    expect(withFlowRatesOn(on, flows, false).flowRates).toBeUndefined();
  });

  it("builds a funnel that validates, caps it when the flow's rate drops, and describes it for the preview", () => {
    let l = withFunnelOn(withFlowRate(withFlowRatesOn(load, flows, true), "browse", 60), flows[0]!, true);
    l = withFunnelRate(withFunnelRate(l, "browse", "detail", 30), "browse", "cart", 12);
    expect(ZLoadConfig.safeParse(l).success).toBe(true);
    expect(describeFlowRates(l, flows)).toEqual(["browse 60/s: list 60/s → detail 30/s → cart 12/s", "buy 50/s"]);
    expect(withFlowRate(l, "browse", 20).flowRates![0]!.funnel).toEqual([
      { step: "detail", rate: 20 },
      { step: "cart", rate: 12 },
    ]);
  });

  it("scales every flow and API with a new target rate", () => {
    const l = withFunnelOn(withFlowRatesOn(load, flows, true), flows[0]!, true);
    const doubled = withTargetRate(l, 200);
    expect(doubled.flowRates!.map((f) => f.rate)).toEqual([100, 100]);
    expect(doubled.flowRates![0]!.funnel![0]!.rate).toBe(100);
  });
});

describe("per-flow rate problems while typing", () => {
  it("names a funnel API above the one before it at its field", () => {
    let l = withFunnelOn(withFlowRatesOn(load, flows, true), flows[0]!, true);
    l = withFunnelRate(l, "browse", "cart", 80);
    expect(loadIssues(l)).toEqual([
      {
        path: "load.flowRates.0.funnel.1.rate",
        message: 'API "cart" at 80/s is above API "detail" at 50/s: a funnel only narrows',
      },
    ]);
  });
});
