import { deleteScenario, getScenarioById, updateScenario } from "@stampede/db";
import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { refuseBlockedTargets } from "@/server/scenarios/refuse-blocked-targets";
import { ZScenarioInput } from "@/server/scenarios/scenario-input";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  return Response.json({ scenario: await getScenarioById(getDb(), id) });
});

export const PUT = withErrors(async (request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const input = ZScenarioInput.parse(await readRequiredJsonBody(request));
  const { projectId } = await getScenarioById(getDb(), id);
  await refuseBlockedTargets(getDb(), projectId, input.spec);
  return Response.json({ scenario: await updateScenario(getDb(), id, input) });
});

export const DELETE = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  await deleteScenario(getDb(), id);
  return new Response(null, { status: 204 });
});
