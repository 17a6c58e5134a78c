import { type TLivePoint, type TRateLoad, ZLivePoint, ZLoadConfig } from "@stampede/contracts";
import { describe, expect, it } from "vitest";
import { flowRateRows } from "./flow-rates-progress";
import { speedMarkers } from "./speed-markers";

// The schema fills the figures these tests do not look at.
const point = (second: number, steps: Record<string, number>): TLivePoint =>
  ZLivePoint.parse({
    second,
    requests: 0,
    failures: 0,
    vus: 1,
    p50: 1,
    p95: 1,
    p99: 1,
    steps: Object.entries(steps).map(([step, requests]) => ({ step, requests, failures: 0, p95: 1 })),
  });

describe("flow rates on the run page", () => {
  it("sets each flow's and funnel API's target against its mean requests per second", () => {
    const load = ZLoadConfig.parse({
      mode: "rate",
      targetRate: 30,
      maxVus: 5,
      durationSeconds: 10,
      flowRates: [
        { flow: "browse", rate: 20, funnel: [{ step: "detail", rate: 5 }] },
        { flow: "buy", rate: 10 },
      ],
    }) as TRateLoad;
    const flows = [
      { name: "browse", apis: ["list", "detail"] },
      { name: "buy", apis: ["pay"] },
    ];
    const points = [point(0, { list: 18, detail: 4, pay: 10 }), point(1, { list: 20, detail: 6, pay: 9 })];
    expect(flowRateRows(load, flows, points)).toEqual([
      { flow: "browse", step: "list", funnel: false, target: 20, achieved: 19 },
      { flow: "browse", step: "detail", funnel: true, target: 5, achieved: 5 },
      { flow: "buy", step: "pay", funnel: false, target: 10, achieved: 9.5 },
    ]);
  });

  it("places speed changes on the charts' axis in seconds from the start, with who made them", () => {
    const events = [
      { id: "1", at: "2026-01-01T00:00:00.500Z", kind: "worker.joined", message: "gen-1 joined" },
      { id: "2", at: "2026-01-01T00:00:07.900Z", kind: "run.speed", message: "speed changed to 5 VUs by ana@x.test" },
    ];
    expect(speedMarkers(events, "2026-01-01T00:00:00.000Z")).toEqual([{ second: 7, label: "5 VUs by ana@x.test" }]);
    expect(speedMarkers(events, null)).toEqual([]);
  });
});
