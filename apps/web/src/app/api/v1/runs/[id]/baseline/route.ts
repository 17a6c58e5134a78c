import { markRunAsBaseline } from "@stampede/db";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** Marks this ended run as its scenario's baseline (edit permission); a run still going is a 409. */
export const POST = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeRun(actor, id, "edit");
  const run = await markRunAsBaseline(getDb(), id);
  await recordAudit(access, "scenario.baseline", { type: "scenario", id: run.scenarioId, runId: id });
  return Response.json({ scenarioId: run.scenarioId, baselineRunId: id });
});
