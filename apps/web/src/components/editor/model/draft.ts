import type { TFlow, THttpStep, TLoadConfig, TScenarioSpec, TStep } from "@stampede/contracts";

/** A step with a key that survives reordering, so collapse and tab state stay with their step. */
export interface DraftStep {
  key: string;
  step: TStep;
}

/** A flow as the editor holds it. */
export interface DraftFlow {
  key: string;
  name: string;
  weight: number;
  steps: DraftStep[];
}

/** Everything the editor edits; `toScenarioInput` turns it into the REST body. */
export interface EditorDraft {
  name: string;
  description: string;
  spec: Omit<TScenarioSpec, "flows"> & { flows: DraftFlow[] };
  load: TLoadConfig;
}

/** A scenario as the server stored it (spec already parsed with defaults where it validated). */
export interface StoredScenario {
  id: string;
  name: string;
  description: string;
  spec: TScenarioSpec;
  load: TLoadConfig | null;
  /** The version loaded: a save based on it is refused when someone else saved since. */
  version: number;
}

let counter = 0;
/** Keys only need to be unique within this page's lifetime. */
export function newKey(): string {
  counter += 1;
  return `k${counter}`;
}

export const DEFAULT_LOAD: TLoadConfig = { mode: "concurrency", vus: 10, durationSeconds: 60, rampUpSeconds: 0 };

export function newHttpStep(name: string): THttpStep {
  return {
    type: "http",
    name,
    method: "GET",
    url: "",
    headers: [],
    query: [],
    body: { type: "none" },
    timeoutMs: 10_000,
    followRedirects: false,
    enabled: true,
    outputs: [],
    checks: [],
  };
}

export function newStep(type: TStep["type"], name: string): TStep {
  switch (type) {
    case "http":
      return newHttpStep(name);
    case "think":
      return { type, name, distribution: "fixed", ms: 1000, enabled: true };
    case "rendezvous":
      return { type, name, users: 10, timeoutMs: 10_000, enabled: true };
    case "data":
      return { type, name, assignments: [{ name: "", value: "" }], enabled: true };
  }
}

export function newFlow(name: string): DraftFlow {
  return { key: newKey(), name, weight: 1, steps: [{ key: newKey(), step: newHttpStep("API") }] };
}

function toDraftFlow(flow: TFlow): DraftFlow {
  return {
    key: newKey(),
    name: flow.name,
    weight: flow.weight,
    steps: flow.steps.map((step) => ({ key: newKey(), step })),
  };
}

/** The editor's starting point: a stored scenario, or a new one with one empty API. */
export function toDraft(scenario: StoredScenario | null): EditorDraft {
  if (!scenario) {
    return {
      name: "",
      description: "",
      spec: { version: 1, globals: [], dataSources: [], cookies: true, flows: [newFlow("Flow 1")] },
      load: DEFAULT_LOAD,
    };
  }
  return {
    name: scenario.name,
    description: scenario.description,
    spec: { ...scenario.spec, flows: scenario.spec.flows.map(toDraftFlow) },
    load: scenario.load ?? DEFAULT_LOAD,
  };
}

/** The spec without the editor's keys. */
export function toSpec(draft: EditorDraft): TScenarioSpec {
  return {
    ...draft.spec,
    flows: draft.spec.flows.map((f) => ({ name: f.name, weight: f.weight, steps: f.steps.map((s) => s.step) })),
  };
}

/** Body of POST /scenarios and PUT /scenarios/:id. */
export function toScenarioInput(draft: EditorDraft) {
  return { name: draft.name, description: draft.description, spec: toSpec(draft), load: draft.load };
}

/** A name not yet used by the flow's steps (metrics are kept per API name, so duplicates are refused). */
export function uniqueStepName(flow: DraftFlow, base: string): string {
  const used = new Set(flow.steps.map((s) => s.step.name));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base} ${i}`)) return `${base} ${i}`;
}
