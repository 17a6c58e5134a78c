import { ZScenarioSpec } from "@stampede/contracts";
import { createScenario, getScenarioById, type Db } from "@stampede/db";
import { findCorrelations } from "@stampede/importers";
import type { Access } from "../auth/actor";
import { authorizeScenario } from "../auth/authorize-resource";
import { recordAudit } from "../audit/record-audit";
import { refuseBlockedTargets } from "../scenarios/refuse-blocked-targets";
import { appendImportedSteps } from "./append-imported-steps";
import { checkImportChoice } from "./check-import-choice";
import { composeScenario } from "./compose-scenario";
import type { TImportRequest } from "./import-inputs";

/**
 * Turns a preview and the user's choice into a new scenario, or into steps at the end of a flow of a saved one.
 * Both go through the checks every save goes through (the spec, the target allowlist); nothing is written when
 * one fails. Returns the scenario's id.
 */
export async function importIntoScenario(db: Db, request: TImportRequest, access: Access): Promise<string> {
  const { correlations, secrets } = findCorrelations(request.preview);
  checkImportChoice(request.choice, { preview: request.preview, correlations, secrets });
  const detail = { format: request.preview.format, requests: request.choice.include.length };
  const { target } = request;
  if (target.kind === "new") {
    const input = composeScenario(request, target.name);
    await refuseBlockedTargets(db, access.projectId, input.spec);
    const scenario = await createScenario(db, { ...input, projectId: access.projectId, updatedBy: access.actor.label });
    await recordAudit(access, "scenario.import", { type: "scenario", id: scenario.id }, detail);
    return scenario.id;
  }
  // The scenario's own project decides: an import may append only where its actor may edit.
  const scenarioAccess = await authorizeScenario(access.actor, target.scenarioId, "edit");
  const stored = await getScenarioById(db, target.scenarioId);
  const imported = ZScenarioSpec.parse(composeScenario(request, stored.name).spec);
  await refuseBlockedTargets(db, scenarioAccess.projectId, imported);
  const scenario = await appendImportedSteps(db, target, imported, access.actor.label);
  await recordAudit(
    scenarioAccess,
    "scenario.update",
    { type: "scenario", id: scenario.id },
    {
      ...detail,
      version: scenario.version,
      appendedTo: target.flow,
    },
  );
  return scenario.id;
}
