import type { TFlow, THttpStep, TScenarioSpec } from "@stampede/contracts";
import type { Dispatcher } from "undici";
import { compileExtractor, type Extractor } from "./extract";
import { compileTemplate, type Params, type Template } from "./template";

/** An output parameter ready to run. */
export interface CompiledOutput {
  name: string;
  extract: Extractor;
  defaultValue: string | undefined;
}

/** An HTTP step with every template parsed and every extractor compiled, shared by all VUs. */
export interface CompiledHttpStep {
  name: string;
  method: Dispatcher.HttpMethod;
  url: Template;
  query: Array<[string, Template]>;
  headers: Array<[string, Template]>;
  body: Template | undefined;
  contentType: string | undefined;
  timeoutMs: number;
  followRedirects: boolean;
  outputs: CompiledOutput[];
  /** True when an output reads the body, so its bytes must be kept. */
  needsBody: boolean;
}

export interface CompiledFlow {
  name: string;
  weight: number;
  steps: CompiledHttpStep[];
}

/** A scenario compiled for execution. */
export interface CompiledScenario {
  globals: Params;
  flows: CompiledFlow[];
}

/** Raised when a scenario cannot be compiled; `path` points at the offending field. */
export class ScenarioCompileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "ScenarioCompileError";
  }
}

function bodyOf(step: THttpStep, path: string): { body: Template | undefined; contentType: string | undefined } {
  const b = step.body;
  switch (b.type) {
    case "none":
      return { body: undefined, contentType: undefined };
    case "json":
      return { body: templateAt(`${path}.body.json`, b.json), contentType: "application/json" };
    case "raw":
      return { body: templateAt(`${path}.body.text`, b.text), contentType: b.contentType };
    case "form": {
      // Names and values are encoded after rendering, so a value like `${token}` may hold any character.
      const fields = b.fields.map(
        (f, i) => [encodeURIComponent(f.name), templateAt(`${path}.body.fields.${i}.value`, f.value)] as const,
      );
      return {
        contentType: "application/x-www-form-urlencoded",
        body: {
          source: "",
          refs: fields.flatMap(([, t]) => t.refs),
          render: (params) => fields.map(([name, t]) => `${name}=${encodeURIComponent(t.render(params))}`).join("&"),
        },
      };
    }
  }
}

/** Compiles a template, turning a parse error into one that names the field. */
function templateAt(path: string, source: string): Template {
  try {
    return compileTemplate(source);
  } catch (error) {
    throw new ScenarioCompileError(path, (error as Error).message);
  }
}

function compileStep(step: THttpStep, path: string): CompiledHttpStep {
  const outputs = step.outputs.map((o, i) => {
    try {
      return { name: o.name, extract: compileExtractor(o), defaultValue: o.defaultValue };
    } catch (error) {
      throw new ScenarioCompileError(`${path}.outputs.${i}.expression`, (error as Error).message);
    }
  });
  return {
    name: step.name,
    method: step.method,
    url: templateAt(`${path}.url`, step.url),
    query: step.query.map((q, i) => [q.name, templateAt(`${path}.query.${i}.value`, q.value)]),
    headers: step.headers.map((h, i) => [h.name, templateAt(`${path}.headers.${i}.value`, h.value)]),
    ...bodyOf(step, path),
    timeoutMs: step.timeoutMs,
    followRedirects: step.followRedirects,
    outputs,
    needsBody: step.outputs.some((o) => o.source === "body-json" || o.source === "body-text"),
  };
}

function compileFlow(flow: TFlow, f: number): CompiledFlow {
  const steps = flow.steps
    .map((step, s) => ({ step, s }))
    .filter(({ step }) => step.enabled)
    .map(({ step, s }) => compileStep(step, `flows.${f}.steps.${s}`));
  if (steps.length === 0) throw new ScenarioCompileError(`flows.${f}.steps`, `flow "${flow.name}" has no enabled step`);
  return { name: flow.name, weight: flow.weight, steps };
}

export function compileScenario(spec: TScenarioSpec): CompiledScenario {
  return {
    globals: Object.fromEntries(spec.globals.map((g) => [g.name, g.value])),
    flows: spec.flows.map(compileFlow),
  };
}
