import { type TDebugResult, ZDebugRequest } from "@stampede/contracts";
import {
  type Db,
  getDataSourceContents,
  getProjectAllowlist,
  getScenarioById,
  getSecretKey,
  openScenarioSecrets,
} from "@stampede/db";
import { debugIteration } from "@stampede/engine/debug";
import type { z } from "zod";
import { getInstanceAllowlist } from "@/lib/env";
import { addCompileIssues } from "../scenarios/compile-issues";

/** Body of POST /debug: the spec must parse, compile, and have the flow asked for. */
export const ZDebugBody = ZDebugRequest.superRefine((body, ctx) => {
  const flows = body.spec.flows.length;
  if (flows > 0 && body.flowIndex >= flows) {
    ctx.addIssue({
      code: "custom",
      path: ["flowIndex"],
      message: `the scenario has ${flows} flow${flows === 1 ? "" : "s"}; flowIndex goes from 0 to ${flows - 1}`,
    });
  }
  addCompileIssues(ctx, body.spec, ["spec"]);
});

/**
 * Runs one iteration of one flow of the spec being edited (saved or not) against the real target, under the
 * target allowlist of `projectId` (the scenario's, or the current one for a spec not saved yet): a step aimed
 * outside is shown as `blocked_target` and not sent. Data files come from the scenario's uploads; a file the
 * spec binds but nobody uploaded is the result's error.
 * Secrets sent as "••••" stand for the scenario's saved ones.
 */
export async function debugScenario(
  db: Db,
  body: z.infer<typeof ZDebugBody>,
  projectId: string,
  signal: AbortSignal | undefined,
): Promise<TDebugResult> {
  let data: Record<string, Uint8Array> = {};
  let stored: unknown;
  if (body.scenarioId !== undefined) {
    stored = (await getScenarioById(db, body.scenarioId)).spec; // 404 for an unknown id
    const names = body.spec.dataSources.map((d) => d.name);
    data = await getDataSourceContents(db, body.scenarioId, names);
  }
  const allowlist = [...getInstanceAllowlist(), ...(await getProjectAllowlist(db, projectId))];
  // A secret the editor shows as "••••" is the saved one; opened here, in memory, to be sent. The result
  // masks every secret value again (debugIteration).
  const spec = openScenarioSecrets(body.spec, getSecretKey(), stored);
  return debugIteration({ spec, flowIndex: body.flowIndex, data }, { signal, allowlist });
}
