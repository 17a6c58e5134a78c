import { startRun } from "@stampede/runs";
import { getRunLifecycleDeps } from "@/lib/run-lifecycle";
import { readJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { toRunDto } from "@/server/serialize";
import { runStarterOf } from "@/server/auth/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** The console marks its own clicks; anything else calling the API is an API-triggered run. */
const TRIGGER_HEADER = "x-stampede-trigger";

export const POST = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeScenario(actor, id, "run");
  const trigger = request.headers.get(TRIGGER_HEADER)?.toUpperCase() === "MANUAL" ? "MANUAL" : "API";
  const load = await readJsonBody(request); // empty body: the scenario's saved load
  const run = await startRun(getRunLifecycleDeps(), { scenarioId: id, load, trigger, startedBy: runStarterOf(actor) });
  await recordAudit(access, "run.start", { type: "run", id: run.id, runId: run.id }, { scenarioId: id, trigger });
  return Response.json({ run: toRunDto(run) }, { status: 201 });
});
