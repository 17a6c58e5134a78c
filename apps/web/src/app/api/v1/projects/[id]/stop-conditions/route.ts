import { ZStopConditions } from "@stampede/contracts";
import { getProjectStopConditions, setProjectStopConditions } from "@stampede/db";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** A default applies to every scenario of the project, so it cannot name one scenario's API. */
const ZStopConditionsUpdate = z.object({
  stopConditions: ZStopConditions.superRefine((rules, ctx) =>
    rules.forEach((r, i) => {
      if (r.step !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [i, "step"],
          message: "project defaults are for the whole run; leave step out",
        });
      }
    }),
  ),
});

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
