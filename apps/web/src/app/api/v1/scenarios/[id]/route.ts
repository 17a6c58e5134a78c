import { deleteScenario, getScenarioById, updateScenario } from "@stampede/db";
import { getDb } from "@/lib/db";
import { withErrors } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { readExpectedVersion, versionTag } from "@/server/scenarios/expected-version";
import { ZScenarioInput } from "@/server/scenarios/scenario-input";

export const dynamic = "force-dynamic";

export const GET = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const scenario = await getScenarioById(getDb(), id);
  return Response.json({ scenario }, { headers: { ETag: versionTag(scenario.version) } });
});

export const PUT = withErrors(async (request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const body = await readRequiredJsonBody(request);
  const input = ZScenarioInput.parse(body);
  // A stale expectedVersion (or If-Match) is a 409 naming who saved in between; none: the last write wins.
  const expectedVersion = readExpectedVersion(request, body);
  const scenario = await updateScenario(getDb(), id, { ...input, expectedVersion });
  return Response.json({ scenario }, { headers: { ETag: versionTag(scenario.version) } });
});

export const DELETE = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  await deleteScenario(getDb(), id);
  return new Response(null, { status: 204 });
});
