import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { importScenario, ZScenarioImport } from "@/server/scenarios/import-scenario";

export const dynamic = "force-dynamic";

/**
 * An export may carry its data files (base64), so an import may be larger than other JSON bodies; a scenario
 * with bigger files is imported without them and its files uploaded on their own (streamed, up to 100 MB).
 */
const MAX_IMPORT_BODY_BYTES = 32 * 1024 * 1024;

/** Creates a scenario from an export document (`"stampede": 1`) or a plain `{ name, spec, load? }`. */
export const POST = withErrors(async (request: Request) => {
  const input = ZScenarioImport.parse(await readRequiredJsonBody(request, MAX_IMPORT_BODY_BYTES));
  return Response.json({ scenario: await importScenario(getDb(), input) }, { status: 201 });
});
