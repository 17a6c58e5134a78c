import { findRuns } from "@stampede/db";
import { getDb } from "@/lib/db";
import { toRunDto } from "@/server/serialize";
import { authed, authorize, requestProject } from "@/server/auth/route";
import { parseRunListQuery, toRunFilter } from "@/server/runs/run-list-query";

export const dynamic = "force-dynamic";

/** The project's runs, newest first; `?scenarioId=&status=&trigger=&from=YYYY-MM-DD&to=YYYY-MM-DD` filter them. */
export const GET = authed(async (request: Request, _context: unknown, actor) => {
  const query = parseRunListQuery(new URL(request.url).searchParams);
  const { projectId } = await authorize(actor, await requestProject(request, actor), "read");
  const runs = await findRuns(getDb(), { projectId, ...toRunFilter(query) });
  return Response.json({ runs: runs.map(toRunDto) });
});
