import type { FlowApis, TLivePoint, TRateLoad } from "@stampede/contracts";

/** One row of the flow-rates table: a flow (its first API) or one of its funnel APIs, planned against achieved. */
export interface FlowRateRow {
  flow: string;
  /** The API whose requests measure the row: the flow's first API for the flow's own row. */
  step: string;
  /** True for a funnel API's row (indented under its flow). */
  funnel: boolean;
  target: number;
  /** Mean iterations (or requests) per second over the seconds seen so far; null before any. */
  achieved: number | null;
}

/**
 * Each flow's target rate (and each funnel API's) against what it achieved: the mean per second of its API's
 * requests over the seconds with data — an iteration sends its flow's first API once, so that is the flow's rate.
 */
export function flowRateRows(
  load: TRateLoad,
  flows: readonly FlowApis[],
  points: readonly TLivePoint[],
): FlowRateRow[] {
  if (!load.flowRates) return [];
  const totals = new Map<string, number>();
  for (const point of points) for (const s of point.steps) totals.set(s.step, (totals.get(s.step) ?? 0) + s.requests);
  const seconds = points.length;
  const achieved = (step: string) => (seconds === 0 ? null : (totals.get(step) ?? 0) / seconds);
  return load.flowRates.flatMap((f) => {
    const first = flows.find((x) => x.name === f.flow)?.apis[0];
    if (!first) return [];
    const row = { flow: f.flow, step: first, funnel: false, target: f.rate, achieved: achieved(first) };
    const funnel = (f.funnel ?? []).map((s) => ({
      flow: f.flow,
      step: s.step,
      funnel: true,
      target: s.rate,
      achieved: achieved(s.step),
    }));
    return [row, ...funnel];
  });
}
