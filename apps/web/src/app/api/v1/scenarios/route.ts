import { createScenario, findScenarios } from "@stampede/db";
import { getDb } from "@/lib/db";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { refuseBlockedTargets } from "@/server/scenarios/refuse-blocked-targets";
import { ZScenarioInput } from "@/server/scenarios/scenario-input";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize, requestProject } from "@/server/auth/route";

export const dynamic = "force-dynamic";

export const GET = authed(async (request: Request, _context: unknown, actor) => {
  const search = new URL(request.url).searchParams.get("search")?.trim() || undefined;
  const { projectId } = await authorize(actor, await requestProject(request, actor), "read");
  return Response.json({ scenarios: await findScenarios(getDb(), { projectId, search }) });
});

export const POST = authed(async (request: Request, _context: unknown, actor) => {
  const access = await authorize(actor, await requestProject(request, actor), "edit");
  const input = ZScenarioInput.parse(await readRequiredJsonBody(request));
  await refuseBlockedTargets(getDb(), access.projectId, input.spec);
  const scenario = await createScenario(getDb(), { ...input, projectId: access.projectId, updatedBy: actor.label });
  await recordAudit(access, "scenario.create", { type: "scenario", id: scenario.id });
  return Response.json({ scenario }, { status: 201 });
});
