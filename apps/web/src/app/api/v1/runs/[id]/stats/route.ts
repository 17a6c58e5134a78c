import { ZRangeQuery } from "@stampede/contracts";
import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { getRangeStats } from "@/server/runs/range-stats";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** Per-step and overall figures over `?from=<second>&to=<second>` (both optional), from merged histograms. */
export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  const range = ZRangeQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await getRangeStats(getDb(), id, range));
});
