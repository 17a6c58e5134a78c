import { findAuditEvents } from "@stampede/db";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { authed, authorize } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  runId: z.string().min(1).optional(),
  before: z.string().regex(/^\d+$/, "an entry id").optional(),
  take: z.coerce.number().int().min(1).max(500).default(100),
});

/** The project's audit log, newest first (`?runId=` for one run's entries, `?before=<id>` to page). */
export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorize(actor, id, "read");
  const query = ZQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const events = await findAuditEvents(getDb(), {
    projectId: id,
    runId: query.runId,
    before: query.before ? BigInt(query.before) : undefined,
    take: query.take,
  });
  return Response.json({ events });
});
