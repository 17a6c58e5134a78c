import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { getRunSummary } from "@/server/runs/get-run-summary";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** The ended run's summary in k6's metric names; `?download=1` sends it as a file. */
export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  const document = await getRunSummary(getDb(), id);
  const download = new URL(request.url).searchParams.get("download");
  if (download !== "1" && download !== "true") return Response.json(document);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "content-type": "application/json",
      "content-disposition": `attachment; filename="stampede-run-${id}-summary.json"`,
    },
  });
});
