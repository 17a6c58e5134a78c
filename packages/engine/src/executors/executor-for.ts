import { flowLoads, type TLoadConfig } from "@stampede/contracts";
import type { CompiledFlow, CompiledScenario } from "../compile/compile-scenario";
import { funnelGatesFor } from "../funnel-gate";
import { newVirtualUser } from "../virtual-user";
import { ArrivalRateExecutor } from "./arrival-rate";
import { ConstantVusExecutor } from "./constant-vus";
import type { Executor, ExecutorDeps } from "./executor";
import { FlowRatesExecutor } from "./flow-rates";

/** Picks flows for VUs by weight, deterministically: VU i gets slot i of a weighted round robin. */
function flowForVu(flows: CompiledFlow[], vu: number): CompiledFlow {
  const total = flows.reduce((n, f) => n + f.weight, 0);
  let slot = vu % total;
  for (const flow of flows) {
    if (slot < flow.weight) return flow;
    slot -= flow.weight;
  }
  return flows[0]!;
}

/**
 * The executor for a load: VUs looping over flows picked by weight (concurrency); one arrival-rate schedule
 * (TPS, one flow at the run's rate: nothing per-flow to pay for); or one schedule per flow (TPS with several
 * flows or per-flow rates), each flow's VUs carrying its funnel's gates.
 */
export function executorFor(
  load: TLoadConfig,
  scenario: CompiledScenario,
  deps: Omit<ExecutorDeps, "createVu" | "flowOf">,
): Executor {
  const { flows } = scenario;
  if (load.mode === "concurrency") {
    return new ConstantVusExecutor(load, {
      ...deps,
      createVu: (index) => newVirtualUser(index, flowForVu(flows, index), scenario),
      flowOf: (index) => flowForVu(flows, index).name,
    });
  }
  if (flows.length === 1 && !load.flowRates) {
    return new ArrivalRateExecutor(load, { ...deps, createVu: (index) => newVirtualUser(index, flows[0]!, scenario) });
  }
  const parts = flowLoads(load, flows);
  const gates = parts.map((part, i) => funnelGatesFor(flows[i]!.steps, part.funnel));
  return new FlowRatesExecutor(parts, load.maxVus, deps, (part, index) => {
    const vu = newVirtualUser(index, flows[part]!, scenario);
    if (gates[part]) vu.funnel = gates[part];
    return vu;
  });
}
