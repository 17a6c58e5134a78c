import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import { getRunTokenActivity } from "@/server/runs/get-run-token";

export const dynamic = "force-dynamic";

/** The token provider's activity per second (fetches, refreshes, errors, token age); never the token. */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  return Response.json(await getRunTokenActivity(getDb(), id));
});
