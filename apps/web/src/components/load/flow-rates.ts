import { flowRatesTotal, type FlowApis, type TFlowRate, type TRateLoad } from "@stampede/contracts";

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The run's target rate follows the flows' rates: with per-flow rates it is their sum (the contract's rule). */
function withRates(load: TRateLoad, flowRates: TFlowRate[]): TRateLoad {
  return { ...load, flowRates, targetRate: round2(flowRatesTotal(flowRates)) };
}

/** Per-flow rates on (the current target shared evenly between the scenario's flows) or off. */
export function withFlowRatesOn(load: TRateLoad, flows: readonly FlowApis[], on: boolean): TRateLoad {
  if (!on) return { ...load, flowRates: undefined };
  const each = round2(load.targetRate / Math.max(1, flows.length));
  return withRates(
    load,
    flows.map((f) => ({ flow: f.name, rate: each })),
  );
}

/** One flow's rate; its funnel keeps its APIs' rates, lowered where they would now be above the flow's. */
export function withFlowRate(load: TRateLoad, flow: string, rate: number): TRateLoad {
  const rates = (load.flowRates ?? []).some((f) => f.flow === flow)
    ? load.flowRates!
    : [...(load.flowRates ?? []), { flow, rate }];
  return withRates(
    load,
    rates.map((f) => (f.flow === flow ? { ...f, rate, funnel: f.funnel && capFunnel(f.funnel, rate) } : f)),
  );
}

/** A funnel whose rates never rise above the rate before them. */
function capFunnel(funnel: NonNullable<TFlowRate["funnel"]>, rate: number) {
  let previous = rate;
  return funnel.map((s) => {
    previous = Math.min(previous, s.rate);
    return { ...s, rate: previous };
  });
}

/** A flow's funnel on (every API after the first at the flow's rate, ready to be lowered) or off. */
export function withFunnelOn(load: TRateLoad, flow: FlowApis, on: boolean): TRateLoad {
  return withRates(
    load,
    (load.flowRates ?? []).map((f) =>
      f.flow !== flow.name
        ? f
        : { ...f, funnel: on ? flow.apis.slice(1).map((step) => ({ step, rate: f.rate })) : undefined },
    ),
  );
}

/** One funnel API's rate. */
export function withFunnelRate(load: TRateLoad, flow: string, step: string, rate: number): TRateLoad {
  return withRates(
    load,
    (load.flowRates ?? []).map((f) =>
      f.flow !== flow ? f : { ...f, funnel: f.funnel?.map((s) => (s.step === step ? { ...s, rate } : s)) },
    ),
  );
}

/** A new target rate with per-flow rates: every flow and funnel API scaled by the same factor. */
export function withTargetRate(load: TRateLoad, targetRate: number): TRateLoad {
  if (!load.flowRates || !(load.targetRate > 0) || !Number.isFinite(targetRate)) return { ...load, targetRate };
  const k = targetRate / load.targetRate;
  return {
    ...load,
    targetRate,
    flowRates: load.flowRates.map((f) => ({
      ...f,
      rate: round2(f.rate * k),
      funnel: f.funnel?.map((s) => ({ ...s, rate: round2(s.rate * k) })),
    })),
  };
}

/** One line per flow for the preview: its rate, then each funnel API's ("browse 60/s: list 60/s → detail 30/s"). */
export function describeFlowRates(load: TRateLoad, flows: readonly FlowApis[]): string[] {
  if (!load.flowRates) return [];
  return load.flowRates.map((f) => {
    const apis = flows.find((x) => x.name === f.flow)?.apis ?? [];
    if (!f.funnel || apis.length === 0) return `${f.flow} ${f.rate}/s`;
    let rate = f.rate;
    const steps = apis.map((api) => {
      rate = f.funnel!.find((s) => s.step === api)?.rate ?? rate;
      return `${api} ${rate}/s`;
    });
    return `${f.flow} ${f.rate}/s: ${steps.join(" → ")}`;
  });
}
