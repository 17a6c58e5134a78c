import { getDb } from "@/lib/db";
import { debugScenario, ZDebugBody } from "@/server/debug/debug-scenario";
import { withErrors } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";

export const dynamic = "force-dynamic";
// One iteration ends within 30 s (the debugger's own deadline); leave room for reading data files.
export const maxDuration = 60;

/** Runs one iteration of one flow for one VU and reports every step. */
export const POST = withErrors(async (request: Request) => {
  const body = ZDebugBody.parse(await readRequiredJsonBody(request));
  return Response.json(await debugScenario(getDb(), body, request.signal));
});
