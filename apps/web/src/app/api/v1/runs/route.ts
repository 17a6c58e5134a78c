import { findRuns } from "@stampede/db";
import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import { toRunDto } from "@/server/serialize";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (request: Request) => {
  const scenarioId = new URL(request.url).searchParams.get("scenarioId") || undefined;
  const runs = await findRuns(getDb(), { scenarioId });
  return Response.json({ runs: runs.map(toRunDto) });
});
