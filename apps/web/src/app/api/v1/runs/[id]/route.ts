import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import type { IdRouteContext } from "@/server/http/route-params";
import { getRunDetail } from "@/server/runs/get-run-detail";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  return Response.json(await getRunDetail(getDb(), id));
});
