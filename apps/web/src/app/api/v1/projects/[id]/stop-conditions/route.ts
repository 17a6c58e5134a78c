import { getProjectStopConditions, setProjectStopConditions } from "@stampede/db";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { ZStopConditionsUpdate } from "@/server/projects/stop-conditions-update";

export const dynamic = "force-dynamic";

/** The project's default stop conditions (used by scenarios that define none). */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorize(actor, id, "read");
  return Response.json({ stopConditions: await getProjectStopConditions(getDb(), id) });
});

/** Replaces them (`{"stopConditions": [...]}`); admins only. A bad rule is a 400 naming its field. */
export const PUT = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorize(actor, id, "admin");
  const { stopConditions } = ZStopConditionsUpdate.parse(await readRequiredJsonBody(request));
  const db = getDb();
  await setProjectStopConditions(db, id, stopConditions);
  await recordAudit(
    access,
    "project.stop_conditions.update",
    { type: "project", id },
    { count: stopConditions.length },
  );
  return Response.json({ stopConditions: await getProjectStopConditions(db, id) });
});
