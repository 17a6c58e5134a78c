import type { TScenarioSpecInput } from "@stampede/contracts";
import { ImportError } from "../import-error";
import { checkSpec } from "./check-spec";
import type { TStepInput } from "./scenario-types";
import { uniqueStepName } from "./unique-names";

/**
 * An existing scenario with imported steps appended to one of its flows (the "append to a flow" import).
 * Step names are made unique against the flow's existing steps; the spec given is not changed.
 */
export function appendToFlow(spec: TScenarioSpecInput, flowName: string, steps: TStepInput[]): TScenarioSpecInput {
  const flowIndex = spec.flows.findIndex((f) => f.name === flowName);
  const flow = spec.flows[flowIndex];
  if (!flow) throw new ImportError(`flow "${flowName}"`, "the scenario has no flow of that name");
  const taken = new Set(flow.steps.map((s) => s.name).filter((n): n is string => n !== undefined));
  const added = steps.map((step) =>
    step.type === "http" ? { ...step, name: uniqueStepName(step.name, taken) } : step,
  );
  const flows = spec.flows.map((f, i) => (i === flowIndex ? { ...f, steps: [...f.steps, ...added] } : f));
  const result = { ...spec, flows };
  checkSpec(result, (f, s) =>
    f === flowIndex && s >= flow.steps.length ? `imported step ${s - flow.steps.length + 1}` : undefined,
  );
  return result;
}
