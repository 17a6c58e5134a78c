import type { TDataSourceBinding, TFlow, TScenarioSpec, TStep } from "@stampede/contracts";
import type { Params } from "../template";
import { compileTokenProvider, type CompiledTokenProvider } from "../token/compile-token-provider";
import { ScenarioCompileError } from "./compile-error";
import { bindFixedParams, compileHttpStep, type CompiledHttpStep } from "./compile-http-step";
import {
  compileData,
  compileRendezvous,
  compileThink,
  type CompiledData,
  type CompiledRendezvous,
  type CompiledThink,
} from "./compile-instructions";

export type CompiledStep = CompiledHttpStep | CompiledThink | CompiledRendezvous | CompiledData;

export interface CompiledFlow {
  name: string;
  weight: number;
  steps: CompiledStep[];
  /**
   * Index of the flow's last API operation (-1 without one). A stop that finds a VU past it lets the iteration
   * count as completed: what follows is only pauses and local parameters, and every request it meant to send
   * was sent and counted — so iterations keep matching what the target served.
   */
  lastHttpIndex: number;
}

/** A scenario compiled for execution: everything parsed once, shared by every VU. */
export interface CompiledScenario {
  globals: Params;
  flows: CompiledFlow[];
  dataSources: TDataSourceBinding[];
  tokenProvider: CompiledTokenProvider | undefined;
  cookies: boolean;
}

function compileStep(step: TStep, path: string): CompiledStep {
  switch (step.type) {
    case "http":
      return compileHttpStep(step, path);
    case "think":
      return compileThink(step);
    case "rendezvous":
      return compileRendezvous(step);
    case "data":
      return compileData(step, path);
  }
}

function compileFlow(flow: TFlow, f: number): CompiledFlow {
  const steps = flow.steps
    .map((step, s) => ({ step, s }))
    .filter(({ step }) => step.enabled)
    .map(({ step, s }) => compileStep(step, `flows.${f}.steps.${s}`));
  if (!steps.some((s) => s.kind === "http")) {
    throw new ScenarioCompileError(`flows.${f}.steps`, `flow "${flow.name}" has no enabled API operation`);
  }
  return { name: flow.name, weight: flow.weight, steps, lastHttpIndex: steps.findLastIndex((s) => s.kind === "http") };
}

export interface CompileOptions {
  /**
   * The parameters the run's data sources set (known once the files are read). Given it, globals that
   * nothing in the run can change are written into the request templates, so requests that use only
   * them are rendered once.
   */
  dataParams?: readonly string[];
}

/** Parameters something sets while the run goes: outputs, data instructions, the token, data columns. */
function assignedParams(flows: CompiledFlow[], tokenParam: string | undefined, dataParams: readonly string[]) {
  const names = new Set(dataParams);
  if (tokenParam !== undefined) names.add(tokenParam);
  for (const step of flows.flatMap((f) => f.steps)) {
    if (step.kind === "http") for (const o of step.outputs) names.add(o.name);
    if (step.kind === "data") for (const [name] of step.assignments) names.add(name);
  }
  return names;
}

function bindFixedGlobals(scenario: CompiledScenario, dataParams: readonly string[]) {
  const assigned = assignedParams(scenario.flows, scenario.tokenProvider?.param, dataParams);
  const fixed = Object.fromEntries(Object.entries(scenario.globals).filter(([name]) => !assigned.has(name)));
  for (const flow of scenario.flows) {
    for (const step of flow.steps) if (step.kind === "http") bindFixedParams(step, fixed);
  }
  if (scenario.tokenProvider) bindFixedParams(scenario.tokenProvider.request, fixed);
}

/** Compiles a validated spec; throws ScenarioCompileError naming the field for what zod cannot check. */
export function compileScenario(spec: TScenarioSpec, options: CompileOptions = {}): CompiledScenario {
  const flows = spec.flows.map(compileFlow);
  const tokenProvider = spec.tokenProvider ? compileTokenProvider(spec.tokenProvider, "tokenProvider") : undefined;
  if (tokenProvider) {
    // A step that sends `${access_token}` is guarded by the provider: it gets the shared token, and a
    // rejection refreshes it (and retries once). A step that does not is left alone.
    for (const flow of flows) {
      for (const step of flow.steps) {
        if (step.kind !== "http" || !step.refs.has(tokenProvider.param)) continue;
        step.usesToken = true;
        if (tokenProvider.rejectionReadsBody) step.needsBody = true;
      }
    }
  }
  const scenario: CompiledScenario = {
    globals: Object.fromEntries(spec.globals.map((g) => [g.name, g.value])),
    flows,
    dataSources: spec.dataSources,
    tokenProvider,
    cookies: spec.cookies,
  };
  if (options.dataParams) bindFixedGlobals(scenario, options.dataParams);
  return scenario;
}
