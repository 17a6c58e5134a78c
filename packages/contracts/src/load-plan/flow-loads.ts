import type { TRateLoad } from "../load";

/** One flow's part of a TPS load: its own rate profile and, per funnel API, the share of arrivals that go on. */
export interface FlowLoad {
  flow: string;
  /** The run's profile scaled to this flow's rate (`maxVus` stays the run's: the flows share one VU budget). */
  load: TRateLoad;
  /** Funnel APIs in flow order: an iteration reaching `step` goes on with probability `pass` (0..1). */
  funnel: Array<{ step: string; pass: number }>;
}

/** `load`'s rate profile times `share` (0..1). */
function scaledRate(load: TRateLoad, share: number): TRateLoad {
  return {
    ...load,
    targetRate: load.targetRate * share,
    startRate: load.startRate === undefined ? undefined : load.startRate * share,
    stages: load.stages?.map((s) => ({ ...s, target: s.target * share })),
    flowRates: undefined,
  };
}

/**
 * Splits a TPS load over its flows: by each flow's own rate when the load has per-flow rates, else by weight
 * (so every flow gets exactly its weighted share of the iterations). A flow the rates do not name gets none.
 */
export function flowLoads(load: TRateLoad, flows: ReadonlyArray<{ name: string; weight: number }>): FlowLoad[] {
  if (!load.flowRates) {
    const total = flows.reduce((n, f) => n + f.weight, 0);
    return flows.map((f) => ({ flow: f.name, load: scaledRate(load, f.weight / total), funnel: [] }));
  }
  const sum = load.flowRates.reduce((n, f) => n + f.rate, 0);
  return flows.map((f) => {
    const rate = load.flowRates!.find((r) => r.flow === f.name);
    let previous = rate?.rate ?? 0;
    const funnel = (rate?.funnel ?? []).map((s) => {
      const pass = previous > 0 ? Math.min(1, s.rate / previous) : 0;
      previous = s.rate;
      return { step: s.step, pass };
    });
    return { flow: f.name, load: scaledRate(load, sum > 0 && rate ? rate.rate / sum : 0), funnel };
  });
}
