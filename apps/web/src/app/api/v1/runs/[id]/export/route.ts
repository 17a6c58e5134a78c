import { getRunById } from "@stampede/db";
import { getDb } from "@/lib/db";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";
import { exportRun, ZExportQuery } from "@/server/reports/export-run";

export const dynamic = "force-dynamic";

/** `?format=json|csv|html`: the run's report as a file to download. */
export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  const { format } = ZExportQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  await getRunById(db, id);
  return exportRun(db, id, format);
});
