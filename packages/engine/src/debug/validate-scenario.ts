import type { TScenarioSpec } from "@stampede/contracts";
import { ScenarioCompileError } from "../compile/compile-error";
import { compileHttpStep } from "../compile/compile-http-step";
import { compileData } from "../compile/compile-instructions";
import { compileScenario } from "../compile/compile-scenario";
import { compileTokenProvider } from "../token/compile-token-provider";

/** A problem the engine finds in a spec that zod accepted: the field's path and what is wrong there. */
export interface ScenarioProblem {
  /** Dotted path from the spec's root, e.g. `flows.0.steps.0.outputs.0.expression`. */
  path: string;
  message: string;
}

// The compiler names the output parameter in its message; the path already does.
const REDUNDANT_PREFIX = /^output parameter "[^"]*": /;

function problemOf(error: unknown): ScenarioProblem {
  if (!(error instanceof ScenarioCompileError)) throw error;
  const message = error.message.slice(error.path.length + 2).replace(REDUNDANT_PREFIX, "");
  return { path: error.path, message };
}

function collect(problems: ScenarioProblem[], compile: () => unknown) {
  try {
    compile();
  } catch (error) {
    problems.push(problemOf(error));
  }
}

/**
 * Every problem the engine would refuse the spec for — bad JSONPath or regex, unknown template function,
 * unclosed `${`, a flow with no enabled API — each step checked on its own so all of them are reported.
 */
export function findScenarioProblems(spec: TScenarioSpec): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  spec.flows.forEach((flow, f) =>
    flow.steps.forEach((step, s) => {
      if (!step.enabled) return; // a run does not compile a disabled step either
      const path = `flows.${f}.steps.${s}`;
      if (step.type === "http") collect(problems, () => compileHttpStep(step, path));
      else if (step.type === "data") collect(problems, () => compileData(step, path));
    }),
  );
  if (spec.tokenProvider) collect(problems, () => compileTokenProvider(spec.tokenProvider!, "tokenProvider"));
  // Whatever the per-step pass cannot see (a flow with every API disabled), the whole compiler reports.
  if (problems.length === 0) collect(problems, () => compileScenario(spec));
  return problems;
}

/** The engine's compile errors as `path: message` lines; empty when the spec compiles. */
export function validateScenario(spec: TScenarioSpec): string[] {
  return findScenarioProblems(spec).map((p) => `${p.path}: ${p.message}`);
}
