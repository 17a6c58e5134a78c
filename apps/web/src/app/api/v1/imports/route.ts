import { getDb } from "@/lib/db";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { answeringImportErrors } from "@/server/imports/import-refusal";
import { ZImportRequest } from "@/server/imports/import-inputs";
import { importIntoScenario } from "@/server/imports/import-into-scenario";
import { MAX_IMPORT_BODY_BYTES } from "@/server/imports/import-limits";
import { authed, authorize, requestProject } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** Creates a scenario from a preview and the user's choice, or appends the chosen requests to a flow. */
export const POST = authed(async (request: Request, _context: unknown, actor) => {
  const access = await authorize(actor, await requestProject(request, actor), "edit");
  const input = ZImportRequest.parse(await readRequiredJsonBody(request, MAX_IMPORT_BODY_BYTES));
  return answeringImportErrors(async () => {
    const scenarioId = await importIntoScenario(getDb(), input, access);
    return Response.json({ scenarioId }, { status: 201 });
  });
});
