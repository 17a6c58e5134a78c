import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { getRunDetail } from "@/server/runs/get-run-detail";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  return Response.json(await getRunDetail(getDb(), id));
});
