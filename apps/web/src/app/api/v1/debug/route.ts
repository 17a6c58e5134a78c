import { getDb } from "@/lib/db";
import { debugScenario, ZDebugBody } from "@/server/debug/debug-scenario";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed, authorize, requestProject } from "@/server/auth/route";

export const dynamic = "force-dynamic";
// One iteration ends within 30 s (the debugger's own deadline); leave room for reading data files.
export const maxDuration = 60;

/** Runs one iteration of one flow for one VU and reports every step. */
export const POST = authed(async (request: Request, _context: unknown, actor) => {
  const body = ZDebugBody.parse(await readRequiredJsonBody(request));
  // Debug sends real requests, so it needs run rights in the scenario's project (or the current one).
  const access = body.scenarioId
    ? await authorizeScenario(actor, body.scenarioId, "run")
    : await authorize(actor, await requestProject(request, actor), "run");
  return Response.json(await debugScenario(getDb(), body, access.projectId, request.signal));
});
