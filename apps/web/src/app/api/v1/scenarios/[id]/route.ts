import { deleteScenario, getScenarioById, updateScenario, withRedactedSpec } from "@stampede/db";
import { getDb } from "@/lib/db";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { refuseBlockedTargets } from "@/server/scenarios/refuse-blocked-targets";
import { ZScenarioInput } from "@/server/scenarios/scenario-input";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeScenario(actor, id, "read");
  return Response.json({ scenario: withRedactedSpec(await getScenarioById(getDb(), id)) });
});

export const PUT = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeScenario(actor, id, "edit");
  const input = ZScenarioInput.parse(await readRequiredJsonBody(request));
  await refuseBlockedTargets(getDb(), access.projectId, input.spec);
  const scenario = await updateScenario(getDb(), id, { ...input, updatedBy: actor.label });
  await recordAudit(access, "scenario.update", { type: "scenario", id }, { version: scenario.version });
  return Response.json({ scenario });
});

export const DELETE = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeScenario(actor, id, "edit");
  await deleteScenario(getDb(), id);
  await recordAudit(access, "scenario.delete", { type: "scenario", id });
  return new Response(null, { status: 204 });
});
