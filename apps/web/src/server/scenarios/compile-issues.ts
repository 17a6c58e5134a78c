import type { TScenarioSpec } from "@stampede/contracts";
import { findScenarioProblems } from "@stampede/engine/debug";
import type { z } from "zod";

/**
 * Adds, as zod issues under `at`, what the engine would refuse in a spec zod accepted (a JSONPath that
 * does not parse, an unknown template function, ...), so a save or a debug is refused with `spec.<path>`.
 */
export function addCompileIssues(ctx: z.RefinementCtx, spec: TScenarioSpec, at: PropertyKey[]): void {
  for (const problem of findScenarioProblems(spec)) {
    const path = problem.path.split(".").map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    ctx.addIssue({ code: "custom", path: [...at, ...path], message: problem.message });
  }
}
