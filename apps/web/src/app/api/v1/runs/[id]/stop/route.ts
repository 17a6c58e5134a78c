import { stopRun } from "@stampede/runs";
import { getRunLifecycleDeps } from "@/lib/run-lifecycle";
import type { IdRouteContext } from "@/server/http/route-params";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** 202: a RUNNING run is only asked to stop; its controller finishes it and the stream reports STOPPED. */
export const POST = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeRun(actor, id, "run");
  const status = await stopRun(getRunLifecycleDeps(), id, `stopped by ${actor.label}`);
  await recordAudit(access, "run.stop", { type: "run", id, runId: id });
  return Response.json({ status }, { status: 202 });
});
