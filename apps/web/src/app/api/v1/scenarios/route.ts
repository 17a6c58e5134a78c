import { createScenario, DEFAULT_PROJECT_ID, findScenarios } from "@stampede/db";
import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { refuseBlockedTargets } from "@/server/scenarios/refuse-blocked-targets";
import { ZScenarioInput } from "@/server/scenarios/scenario-input";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request) => {
  const search = new URL(request.url).searchParams.get("search")?.trim() || undefined;
  return Response.json({ scenarios: await findScenarios(getDb(), { search }) });
});

export const POST = withErrors(async (request: Request) => {
  const input = ZScenarioInput.parse(await readRequiredJsonBody(request));
  await refuseBlockedTargets(getDb(), DEFAULT_PROJECT_ID, input.spec);
  return Response.json({ scenario: await createScenario(getDb(), input) }, { status: 201 });
});
