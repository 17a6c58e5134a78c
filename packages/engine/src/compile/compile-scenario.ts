import type { TDataSourceBinding, TFlow, TScenarioSpec, TStep } from "@stampede/contracts";
import type { Params } from "../template";
import { compileTokenProvider, type CompiledTokenProvider } from "../token/compile-token-provider";
import { ScenarioCompileError } from "./compile-error";
import { compileHttpStep, type CompiledHttpStep } from "./compile-http-step";
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
  return { name: flow.name, weight: flow.weight, steps };
}

/** Compiles a validated spec; throws ScenarioCompileError naming the field for what zod cannot check. */
export function compileScenario(spec: TScenarioSpec): CompiledScenario {
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
  return {
    globals: Object.fromEntries(spec.globals.map((g) => [g.name, g.value])),
    flows,
    dataSources: spec.dataSources,
    tokenProvider,
    cookies: spec.cookies,
  };
}
