import { formatIssues } from "@stampede/contracts";
import { composeImport } from "@stampede/importers";
import { BadRequestError } from "../http/errors";
import { type TScenarioInput, ZScenarioInput } from "../scenarios/scenario-input";
import type { TImportRequest } from "./import-inputs";

/**
 * The scenario the chosen requests, correlations and secrets make, checked as a save from the editor is; what
 * it cannot save is a 400 naming the field of the built scenario (`spec.flows.0.steps.2.url: ...`).
 */
export function composeScenario(request: TImportRequest, name: string): TScenarioInput {
  const composed = composeImport(request.preview, request.choice, { name });
  const parsed = ZScenarioInput.safeParse({ name, spec: composed.spec, load: composed.load });
  if (!parsed.success) {
    throw new BadRequestError(formatIssues(parsed.error).map((issue) => `imported scenario: ${issue}`));
  }
  return parsed.data;
}
