import { startRun } from "@stampede/runs";
import { getRunLifecycleDeps } from "@/lib/run-lifecycle";
import { withErrors } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { parseStartRunBody } from "@/server/runs/start-run-body";
import { toRunDto } from "@/server/serialize";

export const dynamic = "force-dynamic";

/** The console marks its own clicks; anything else calling the API is an API-triggered run. */
const TRIGGER_HEADER = "x-stampede-trigger";

export const POST = withErrors(async (request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const trigger = request.headers.get(TRIGGER_HEADER)?.toUpperCase() === "MANUAL" ? "MANUAL" : "API";
  const { load, complianceConfirmedAt } = parseStartRunBody(await readJsonBody(request), new Date());
  // Until sign-in lands nobody is known by name: the starter is the console or an API client.
  const startedBy = { label: trigger === "MANUAL" ? "console" : "API client", complianceConfirmedAt };
  const run = await startRun(getRunLifecycleDeps(), { scenarioId: id, load, trigger, startedBy });
  return Response.json({ run: toRunDto(run) }, { status: 201 });
});
