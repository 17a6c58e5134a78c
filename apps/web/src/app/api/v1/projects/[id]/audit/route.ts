import { findAuditEvents } from "@stampede/db";
import { getDb } from "@/lib/db";
import { authed, authorize } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";
import { ZAuditQuery } from "@/server/audit/audit-query";

export const dynamic = "force-dynamic";

/** The project's audit log, newest first (`?runId=` for one run's entries, `?before=<id>` to page). */
export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorize(actor, id, "read");
  const query = ZAuditQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const events = await findAuditEvents(getDb(), {
    projectId: id,
    runId: query.runId,
    before: query.before ? BigInt(query.before) : undefined,
    take: query.take,
  });
  return Response.json({ events });
});
