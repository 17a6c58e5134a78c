import { duplicateScenario } from "@stampede/db";
import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** Copies the scenario, with its data files, as "<name> (copy)". */
export const POST = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeScenario(actor, id, "edit");
  const scenario = await duplicateScenario(getDb(), id, actor.label);
  await recordAudit(access, "scenario.duplicate", { type: "scenario", id: scenario.id }, { from: id });
  return Response.json({ scenario }, { status: 201 });
});
