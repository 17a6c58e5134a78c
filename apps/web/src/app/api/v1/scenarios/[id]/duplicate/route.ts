import { duplicateScenario } from "@stampede/db";
import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** Copies the scenario, with its data files, as "<name> (copy)". */
export const POST = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  return Response.json({ scenario: await duplicateScenario(getDb(), id) }, { status: 201 });
});
