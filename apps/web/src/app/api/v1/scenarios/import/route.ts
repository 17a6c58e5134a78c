import { DEFAULT_PROJECT_ID } from "@stampede/db";
import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { importScenario, ZScenarioImport } from "@/server/scenarios/import-scenario";
import { refuseBlockedTargets } from "@/server/scenarios/refuse-blocked-targets";

export const dynamic = "force-dynamic";

/** Creates a scenario from an export document (`"stampede": 1`) or a plain `{ name, spec, load? }`. */
export const POST = withErrors(async (request: Request) => {
  const input = ZScenarioImport.parse(await readRequiredJsonBody(request));
  await refuseBlockedTargets(getDb(), DEFAULT_PROJECT_ID, input.spec);
  return Response.json({ scenario: await importScenario(getDb(), input) }, { status: 201 });
});
