import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import type { IdRouteContext } from "@/server/http/route-params";
import { exportScenario } from "@/server/scenarios/export-scenario";

export const dynamic = "force-dynamic";

/** The scenario as a file `stampede run` reads unchanged: `{ "stampede": 1, name, description, spec, load }`. */
export const GET = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const { document, fileName } = await exportScenario(getDb(), id);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
    },
  });
});
