import { ZSpeedChange } from "@stampede/contracts";
import { changeRunSpeed } from "@stampede/runs";
import { getRunLifecycleDeps } from "@/lib/run-lifecycle";
import { readJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/**
 * 202 `{speed}`: body `{"vus": N}` (concurrency mode) or `{"rate": N}` (TPS mode), with `"flow": "<name>"` for one
 * flow alone. The run's events record who changed it.
 */
export const POST = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeRun(actor, id, "run");
  const change = ZSpeedChange.parse(await readJsonBody(request));
  const result = await changeRunSpeed(getRunLifecycleDeps(), id, change, actor.label);
  await recordAudit(access, "run.speed", { type: "run", id, runId: id }, change);
  return Response.json(result, { status: 202 });
});
