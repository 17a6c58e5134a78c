import { ZSpeedChange } from "@stampede/contracts";
import { changeRunSpeed } from "@stampede/runs";
import { getRunLifecycleDeps } from "@/lib/run-lifecycle";
import { withErrors } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** 202 `{speed}`: body `{"vus": N}` (concurrency mode) or `{"rate": N}` (TPS mode). */
export const POST = withErrors(async (request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const change = ZSpeedChange.parse(await readJsonBody(request));
  const result = await changeRunSpeed(getRunLifecycleDeps(), id, change);
  return Response.json(result, { status: 202 });
});
