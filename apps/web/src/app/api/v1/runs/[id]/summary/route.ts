import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import type { IdRouteContext } from "@/server/http/route-params";
import { getRunSummary } from "@/server/runs/get-run-summary";

export const dynamic = "force-dynamic";

/** The ended run's summary in k6's metric names; `?download=1` sends it as a file. */
export const GET = withErrors(async (request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
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
