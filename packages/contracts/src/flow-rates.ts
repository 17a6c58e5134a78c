import { z } from "zod";
import { cappedArray, MAX_FLOWS, MAX_STEPS_PER_FLOW } from "./limits";
import type { TStep } from "./scenario";

/** One API of a funnel: its own rate, at most the rate of the API before it (the first: at most the flow's). */
export const ZFunnelStep = z.object({
  step: z.string().min(1).max(200),
  rate: z.number().min(0).max(1_000_000),
});
export type TFunnelStep = z.infer<typeof ZFunnelStep>;

/**
 * TPS mode, PTS's funnel model: a flow's own target rate (instead of a share of the run's rate by weight) and,
 * optionally, its APIs' rates in flow order. An iteration goes on to the next listed API with probability
 * rate_i / rate_(i-1), carrying its session parameters, else it ends there (still a completed iteration).
 * APIs not listed keep the rate of the one before them.
 */
export const ZFlowRate = z.object({
  flow: z.string().min(1).max(120),
  rate: z.number().min(0).max(1_000_000),
  funnel: cappedArray(ZFunnelStep, MAX_STEPS_PER_FLOW, "funnel steps").optional(),
});
export type TFlowRate = z.infer<typeof ZFlowRate>;

/** The per-flow rates of a TPS load: one entry per flow, each flow named once. */
export const ZFlowRates = cappedArray(ZFlowRate, MAX_FLOWS, "flow rates").min(1, "name at least one flow");

/** The sum of the flows' rates: what the run's `targetRate` must be when flows have rates of their own. */
export function flowRatesTotal(flowRates: readonly TFlowRate[]): number {
  return flowRates.reduce((sum, f) => sum + f.rate, 0);
}

/** Issues of per-flow rates on their own: a flow named twice, a funnel that widens, or a step named twice. */
export function refineFlowRates(flowRates: readonly TFlowRate[], targetRate: number, ctx: z.RefinementCtx) {
  const names = new Set<string>();
  flowRates.forEach((f, i) => {
    if (names.has(f.flow)) {
      ctx.addIssue({ code: "custom", path: ["flowRates", i, "flow"], message: `flow "${f.flow}" has two rates` });
    }
    names.add(f.flow);
    let previous = { name: `flow "${f.flow}"`, rate: f.rate };
    const steps = new Set<string>();
    f.funnel?.forEach((s, j) => {
      if (steps.has(s.step)) {
        ctx.addIssue({
          code: "custom",
          path: ["flowRates", i, "funnel", j, "step"],
          message: `API "${s.step}" is in the funnel twice`,
        });
      }
      steps.add(s.step);
      if (s.rate > previous.rate + 1e-9) {
        ctx.addIssue({
          code: "custom",
          path: ["flowRates", i, "funnel", j, "rate"],
          message: `API "${s.step}" at ${s.rate}/s is above ${previous.name} at ${previous.rate}/s: a funnel only narrows`,
        });
      }
      previous = { name: `API "${s.step}"`, rate: s.rate };
    });
  });
  const total = flowRatesTotal(flowRates);
  if (Math.abs(total - targetRate) > 1e-6 * Math.max(1, targetRate)) {
    ctx.addIssue({
      code: "custom",
      path: ["targetRate"],
      message: `with per-flow rates the target rate is their sum, ${total}/s (it is ${targetRate}/s)`,
    });
  }
}

/** The scenario's side of per-flow rates: the flows and, per flow, the names of its enabled APIs in order. */
export interface FlowApis {
  name: string;
  apis: string[];
}

/**
 * Issues of per-flow rates against the scenario they run: every flow has a rate, every rate names a flow, and a
 * funnel names the flow's enabled APIs in their order. Paths are relative to the load settings.
 */
export function flowRatesIssues(flowRates: readonly TFlowRate[], flows: readonly FlowApis[]) {
  const issues: Array<{ path: (string | number)[]; message: string }> = [];
  const byName = new Map(flows.map((f) => [f.name, f]));
  flowRates.forEach((rate, i) => {
    const flow = byName.get(rate.flow);
    if (!flow) {
      issues.push({ path: ["flowRates", i, "flow"], message: `the scenario has no flow "${rate.flow}"` });
      return;
    }
    let after = -1;
    rate.funnel?.forEach((s, j) => {
      const at = flow.apis.indexOf(s.step);
      if (at < 0) {
        issues.push({
          path: ["flowRates", i, "funnel", j, "step"],
          message: `flow "${flow.name}" has no enabled API "${s.step}"`,
        });
      } else if (at < after) {
        issues.push({
          path: ["flowRates", i, "funnel", j, "step"],
          message: `API "${s.step}" comes before the API listed above it in flow "${flow.name}": list the funnel in flow order`,
        });
      } else after = at;
    });
  });
  const named = new Set(flowRates.map((r) => r.flow));
  for (const flow of flows) {
    if (!named.has(flow.name)) {
      issues.push({
        path: ["flowRates"],
        message: `flow "${flow.name}" has no rate (give every flow one, 0 to leave it out)`,
      });
    }
  }
  return issues;
}

/** Per-flow rates scaled by `fraction` (a shard's part of the load). */
export function scaleFlowRates(flowRates: readonly TFlowRate[], fraction: number): TFlowRate[] {
  return flowRates.map((f) => ({
    ...f,
    rate: f.rate * fraction,
    funnel: f.funnel?.map((s) => ({ ...s, rate: s.rate * fraction })),
  }));
}

/** The flows of a scenario with their enabled APIs' names, as `flowRatesIssues` reads them. */
export function flowApisOf(spec: {
  flows: ReadonlyArray<{ name: string; steps: ReadonlyArray<Pick<TStep, "type" | "name" | "enabled">> }>;
}): FlowApis[] {
  return spec.flows.map((f) => ({
    name: f.name,
    apis: f.steps.filter((s) => s.type === "http" && s.enabled).map((s) => s.name),
  }));
}
