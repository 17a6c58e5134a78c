import { findRunSamplePage, getRunById } from "@stampede/db";
import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import { sampleFilterOf, ZSampleQuery } from "@/server/runs/sample-query";

export const dynamic = "force-dynamic";

/**
 * `{samples, nextCursor}`: sampled requests of a run, newest first, while it runs and after. Filters: `step`,
 * `kind` (failure|success), `status`, `error` (an error kind), `minMs`/`maxMs` (response time), `from`/`to` (a
 * second of the run or an ISO time), `take`; `cursor` (a page's `nextCursor`) reads the next page. Each sample
 * carries its `id` and the `second` of the run it ended in.
 */
export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  const query = ZSampleQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const run = await getRunById(db, id); // 404 for an unknown run
  const startedAt = run.startedAt ?? run.createdAt;
  const page = await findRunSamplePage(db, id, sampleFilterOf(query, startedAt));
  const samples = page.samples.map((s) => ({
    ...s,
    second: Math.max(0, Math.floor((s.at - startedAt.getTime()) / 1000)),
  }));
  return Response.json({ samples, nextCursor: page.nextCursor });
});
