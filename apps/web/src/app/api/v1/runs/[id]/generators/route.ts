import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import { getRunGenerators } from "@/server/runs/get-run-generators";

export const dynamic = "force-dynamic";

/** Each load generator of a run, second by second (region, VUs, CPU, memory, requests), and the generator-bound rule. */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  return Response.json(await getRunGenerators(getDb(), id));
});
