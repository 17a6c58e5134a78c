import { getDb } from "@/lib/db";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import { getComparison, ZCompareQuery } from "@/server/reports/compare-data";

export const dynamic = "force-dynamic";

/** `?ids=a,b[,c...]`: 2–5 runs side by side per API, change in % against the first, regressions flagged. */
export const GET = authed(async (request: Request, _context: unknown, actor) => {
  const { ids } = ZCompareQuery.parse({ ids: new URL(request.url).searchParams.get("ids") ?? undefined });
  for (const id of ids) await authorizeRun(actor, id, "read");
  return Response.json(await getComparison(getDb(), ids));
});
