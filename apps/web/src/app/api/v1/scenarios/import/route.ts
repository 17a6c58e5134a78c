import { getDb } from "@/lib/db";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { importScenario, ZScenarioImport } from "@/server/scenarios/import-scenario";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize, requestProject } from "@/server/auth/route";
import { refuseBlockedTargets } from "@/server/scenarios/refuse-blocked-targets";

export const dynamic = "force-dynamic";

/**
 * An export may carry its data files (base64), so an import may be larger than other JSON bodies; a scenario
 * with bigger files is imported without them and its files uploaded on their own (streamed, up to 100 MB).
 */
const MAX_IMPORT_BODY_BYTES = 32 * 1024 * 1024;

/** Creates a scenario from an export document (`"stampede": 1`) or a plain `{ name, spec, load? }`. */
export const POST = authed(async (request: Request, _context: unknown, actor) => {
  const access = await authorize(actor, await requestProject(request, actor), "edit");
  const input = ZScenarioImport.parse(await readRequiredJsonBody(request, MAX_IMPORT_BODY_BYTES));
  await refuseBlockedTargets(getDb(), access.projectId, input.spec);
  const scenario = await importScenario(getDb(), input, { projectId: access.projectId, updatedBy: actor.label });
  await recordAudit(access, "scenario.import", { type: "scenario", id: scenario.id });
  return Response.json({ scenario }, { status: 201 });
});
