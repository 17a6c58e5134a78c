import { describe, expect, it } from "vitest";
import { flowApisOf, flowRatesIssues } from "./flow-rates";
import { ZLoadConfig, type TRateLoad } from "./load";
import { flowLoads } from "./load-plan";
import { ZScenarioSpec } from "./scenario";
import { shardLoad } from "./shard-load";
import { ZSpeedChange } from "./speed-change";

const base = { mode: "rate", durationSeconds: 60, maxVus: 50 } as const;
const funnelLoad = {
  ...base,
  targetRate: 100,
  flowRates: [
    {
      flow: "browse",
      rate: 60,
      funnel: [
        { step: "list", rate: 60 },
        { step: "detail", rate: 30 },
      ],
    },
    { flow: "buy", rate: 40 },
  ],
};

describe("per-flow rates and funnels in the load settings", () => {
  it("accepts flows whose rates add up to the target and funnels that narrow", () => {
    expect(ZLoadConfig.parse(funnelLoad)).toMatchObject({ flowRates: funnelLoad.flowRates });
  });

  it("refuses an API rate above the previous one's, naming it", () => {
    const widening = structuredClone(funnelLoad);
    widening.flowRates[0]!.funnel![1]!.rate = 70;
    const issues = ZLoadConfig.safeParse(widening).error?.issues;
    expect(issues).toEqual([
      expect.objectContaining({
        path: ["flowRates", 0, "funnel", 1, "rate"],
        message: 'API "detail" at 70/s is above API "list" at 60/s: a funnel only narrows',
      }),
    ]);
  });

  it("refuses a first API above the flow's rate, rates not adding up to the target, and a flow named twice", () => {
    const load = {
      ...base,
      targetRate: 100,
      flowRates: [
        { flow: "a", rate: 10, funnel: [{ step: "x", rate: 20 }] },
        { flow: "a", rate: 10 },
      ],
    };
    const paths = ZLoadConfig.safeParse(load).error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(["flowRates.0.funnel.0.rate", "flowRates.1.flow", "targetRate"]);
  });

  it("checks flow and API names against the scenario, in flow order", () => {
    const spec = ZScenarioSpec.parse({
      flows: [
        {
          name: "browse",
          steps: [
            { type: "http", name: "detail", url: "http://127.0.0.1/d" },
            { type: "http", name: "list", url: "http://127.0.0.1/l" },
          ],
        },
        { name: "other", steps: [{ type: "http", name: "x", url: "http://127.0.0.1/x" }] },
      ],
    });
    const load = ZLoadConfig.parse(funnelLoad) as TRateLoad;
    expect(flowRatesIssues(load.flowRates!, flowApisOf(spec))).toEqual([
      {
        path: ["flowRates", 0, "funnel", 1, "step"],
        message: expect.stringContaining("list the funnel in flow order"),
      },
      { path: ["flowRates", 1, "flow"], message: 'the scenario has no flow "buy"' },
      { path: ["flowRates"], message: expect.stringContaining('flow "other" has no rate') },
    ]);
  });
});

describe("the plan and shards of per-flow rates", () => {
  const load = ZLoadConfig.parse({ ...funnelLoad, startRate: 50, rampSeconds: 10 }) as TRateLoad;
  const flows = [
    { name: "browse", weight: 1 },
    { name: "buy", weight: 1 },
  ];

  it("gives every flow its own profile, scaled from the run's, and each funnel API its pass ratio", () => {
    const [browse, buy] = flowLoads(load, flows);
    expect(browse).toMatchObject({
      load: { targetRate: 60, startRate: 30 },
      funnel: [
        { step: "list", pass: 1 },
        { step: "detail", pass: 0.5 },
      ],
    });
    expect(buy).toMatchObject({ load: { targetRate: 40, startRate: 20 }, funnel: [] });
  });

  it("splits a rate load over flows by weight when it has no per-flow rates", () => {
    const shared = ZLoadConfig.parse({ ...base, targetRate: 90 }) as TRateLoad;
    const parts = flowLoads(shared, [
      { name: "a", weight: 2 },
      { name: "b", weight: 1 },
    ]);
    expect(parts.map((p) => p.load.targetRate)).toEqual([60, 30]);
  });

  it("scales every flow and funnel rate by a shard's part, so the shards add up to the whole", () => {
    const shards = [0, 1].map((i) => shardLoad(load, i, [30, 20]) as TRateLoad);
    expect(shards.map((s) => s.flowRates![0]!.funnel![1]!.rate)).toEqual([18, 12]);
    expect(shards.map((s) => s.flowRates![1]!.rate)).toEqual([24, 16]);
  });
});

describe("ZSpeedChange", () => {
  it("takes an optional flow with VUs or a rate, and nothing else", () => {
    expect(ZSpeedChange.parse({ rate: 5, flow: "buy" })).toEqual({ rate: 5, flow: "buy" });
    expect(ZSpeedChange.safeParse({ vus: 5, flow: "" }).success).toBe(false);
    expect(ZSpeedChange.safeParse({ vus: 5, other: 1 }).success).toBe(false);
  });
});
