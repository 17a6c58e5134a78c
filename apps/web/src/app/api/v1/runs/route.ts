import { findRuns } from "@stampede/db";
import { getDb } from "@/lib/db";
import { toRunDto } from "@/server/serialize";
import { authed, authorize, requestProject } from "@/server/auth/route";

export const dynamic = "force-dynamic";

export const GET = authed(async (request: Request, _context: unknown, actor) => {
  const scenarioId = new URL(request.url).searchParams.get("scenarioId") || undefined;
  const { projectId } = await authorize(actor, await requestProject(request, actor), "read");
  const runs = await findRuns(getDb(), { projectId, scenarioId });
  return Response.json({ runs: runs.map(toRunDto) });
});
