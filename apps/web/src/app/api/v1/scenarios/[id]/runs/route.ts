import { startRun } from "@stampede/runs";
import { getRunLifecycleDeps } from "@/lib/run-lifecycle";
import { withErrors } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { toRunDto } from "@/server/serialize";

export const dynamic = "force-dynamic";

/** The console marks its own clicks; anything else calling the API is an API-triggered run. */
const TRIGGER_HEADER = "x-stampede-trigger";

export const POST = withErrors(async (request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const trigger = request.headers.get(TRIGGER_HEADER)?.toUpperCase() === "MANUAL" ? "MANUAL" : "API";
  const load = await readJsonBody(request); // empty body: the scenario's saved load
  const run = await startRun(getRunLifecycleDeps(), { scenarioId: id, load, trigger });
  return Response.json({ run: toRunDto(run) }, { status: 201 });
});
