import { getDb } from "@/lib/db";
import { listDataSources } from "@/server/data-sources/list-data-sources";
import type { IdRouteContext } from "@/server/http/route-params";
import { authorizeScenario } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** The scenario's data files: name, header, row count, size, sha256 and the first 10 rows. */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeScenario(actor, id, "read");
  return Response.json({ dataSources: await listDataSources(getDb(), id) });
});
