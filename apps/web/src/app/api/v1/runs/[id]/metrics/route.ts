import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import type { IdRouteContext } from "@/server/http/route-params";
import { getRunMetrics } from "@/server/runs/get-run-metrics";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  return Response.json(await getRunMetrics(getDb(), id));
});
