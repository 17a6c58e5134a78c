import { findRunSamples, getRunById } from "@stampede/db";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  kind: z.enum(["failure", "success"]).optional(),
  step: z.string().min(1).optional(),
  take: z.coerce.number().int().min(1).max(500).default(100),
});

/** `{samples}`: sampled requests of a run, newest first (`?kind=failure`, `?step=...`, `?take=`). */
export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  const query = ZQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  await getRunById(db, id); // 404 for an unknown run
  return Response.json({ samples: await findRunSamples(db, id, query) });
});
