import { compileTemplate, type Template } from "../template";

/** Raised when a scenario cannot be compiled; `path` points at the offending field (`flows.0.steps.1.url`). */
export class ScenarioCompileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "ScenarioCompileError";
  }
}

/** Compiles a template, turning a parse error into one that names the field. */
export function templateAt(path: string, source: string): Template {
  try {
    return compileTemplate(source);
  } catch (error) {
    throw new ScenarioCompileError(path, (error as Error).message);
  }
}
