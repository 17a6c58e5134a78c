import { getDb } from "@/lib/db";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";
import { getTrends } from "@/server/trends/trends-data";

export const dynamic = "force-dynamic";

/** Per ended run of the scenario: time, trigger (scheduled marked), p95, p99, error rate, TPS; the baseline id. */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeScenario(actor, id, "read");
  return Response.json(await getTrends(getDb(), id));
});
