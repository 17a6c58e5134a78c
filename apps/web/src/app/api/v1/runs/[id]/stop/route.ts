import { stopRun } from "@stampede/runs";
import { getRunLifecycleDeps } from "@/lib/run-lifecycle";
import { withErrors } from "@/server/http/errors";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** 202: a RUNNING run is only asked to stop; its controller finishes it and the stream reports STOPPED. */
export const POST = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const status = await stopRun(getRunLifecycleDeps(), id);
  return Response.json({ status }, { status: 202 });
});
