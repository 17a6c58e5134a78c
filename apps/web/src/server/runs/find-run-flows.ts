import { flowApisOf, type FlowApis, ZScenarioSpec } from "@stampede/contracts";
import { getRunById, type Db } from "@stampede/db";

/** The flows of a run's frozen scenario and their APIs (for per-flow speed changes and rates); none if unreadable. */
export async function findRunFlows(db: Db, runId: string): Promise<FlowApis[]> {
  const run = await getRunById(db, runId);
  const spec = ZScenarioSpec.safeParse(run.scenarioSnapshot);
  return spec.success ? flowApisOf(spec.data) : [];
}
