import { ZCompareTolerances } from "@stampede/contracts";
import { getCompareTolerances, setCompareTolerances } from "@stampede/db";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** How far a compared figure may move before it is a regression (the defaults where none were set). */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorize(actor, id, "read");
  return Response.json(await getCompareTolerances(getDb(), id));
});

/** Replaces the project's tolerances (`{p95Pct, p99Pct, errorRatePoints, tpsPct}`; absent ones default); admins. */
export const PUT = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorize(actor, id, "admin");
  const tolerances = ZCompareTolerances.parse(await readRequiredJsonBody(request));
  const saved = await setCompareTolerances(getDb(), id, tolerances);
  await recordAudit(access, "project.compare_tolerances", { type: "project", id }, tolerances);
  return Response.json(saved);
});
