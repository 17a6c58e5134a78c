import { getDb } from "@/lib/db";
import { listDataSources } from "@/server/data-sources/list-data-sources";
import { withErrors } from "@/server/http/errors";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** The scenario's data files: name, header, row count, size, sha256 and the first 10 rows. */
export const GET = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  return Response.json({ dataSources: await listDataSources(getDb(), id) });
});
