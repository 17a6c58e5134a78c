import { ZScenarioSpec, type TScenarioSpec } from "@stampede/contracts";

/** A stored spec read for display; null when it no longer validates (the page says so instead of crashing). */
export function readSpec(spec: unknown): TScenarioSpec | null {
  const parsed = ZScenarioSpec.safeParse(spec);
  return parsed.success ? parsed.data : null;
}

export function countSteps(spec: TScenarioSpec | null): number | null {
  return spec ? spec.flows.reduce((n, flow) => n + flow.steps.length, 0) : null;
}
