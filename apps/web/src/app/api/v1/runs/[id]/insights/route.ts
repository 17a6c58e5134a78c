import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import { getRunInsights } from "@/server/runs/get-run-insights";

export const dynamic = "force-dynamic";

/** Plain-language hints about the run, each with its figure: live from the stored seconds, final from the summary. */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  return Response.json({ insights: await getRunInsights(getDb(), id) });
});
