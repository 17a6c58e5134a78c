import { formatIssues, redactSecrets, type TScenarioSpec, ZScenarioSpec } from "@stampede/contracts";
import { type Db, getScenarioById, updateScenario } from "@stampede/db";
import { appendToFlow } from "@stampede/importers";
import { BadRequestError } from "../http/errors";
import { ZScenarioInput } from "../scenarios/scenario-input";

/** Adds what the import brings besides steps (globals, data files, a token provider) where the scenario lacks it. */
function withImportedParts(spec: TScenarioSpec, imported: TScenarioSpec): TScenarioSpec {
  const globals = new Set(spec.globals.map((g) => g.name));
  const files = new Set(spec.dataSources.map((d) => d.name));
  if (imported.tokenProvider && spec.tokenProvider) {
    throw new BadRequestError([
      "choice.tokenProviderFrom: the scenario already has a token provider; import the token as a step instead",
    ]);
  }
  return {
    ...spec,
    globals: [...spec.globals, ...imported.globals.filter((g) => !globals.has(g.name))],
    dataSources: [...spec.dataSources, ...imported.dataSources.filter((d) => !files.has(d.name))],
    tokenProvider: spec.tokenProvider ?? imported.tokenProvider,
  };
}

/**
 * Appends the imported steps to a flow of a saved scenario. The scenario is read as the editor reads it (secrets
 * as "••••", which keep their stored values on save) and saved the way the editor saves: a version saved after
 * `expectedVersion` is a 409 naming who saved it. The saved load is left as it is (no steps go away).
 */
export async function appendImportedSteps(
  db: Db,
  target: { scenarioId: string; flow: string; expectedVersion?: number },
  imported: TScenarioSpec,
  updatedBy: string,
) {
  const stored = await getScenarioById(db, target.scenarioId);
  const spec = ZScenarioSpec.parse(redactSecrets(stored.spec));
  if (!spec.flows.some((f) => f.name === target.flow)) {
    const names = spec.flows.map((f) => `"${f.name}"`).join(", ");
    throw new BadRequestError([
      `target.flow: scenario "${stored.name}" has no flow "${target.flow}" (it has ${names})`,
    ]);
  }
  const steps = imported.flows.flatMap((f) => f.steps);
  const next = appendToFlow(withImportedParts(spec, imported), target.flow, steps);
  const input = ZScenarioInput.safeParse({
    name: stored.name,
    description: stored.description,
    spec: next,
  });
  if (!input.success) {
    throw new BadRequestError(formatIssues(input.error).map((issue) => `scenario with the appended steps: ${issue}`));
  }
  return updateScenario(db, target.scenarioId, { ...input.data, updatedBy, expectedVersion: target.expectedVersion });
}
