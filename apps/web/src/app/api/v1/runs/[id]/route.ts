import { deleteRun, renameRun } from "@stampede/db";
import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { getRunDetail } from "@/server/runs/get-run-detail";
import { ZRunPatch } from "@/server/runs/run-patch";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import { toRunDto } from "@/server/serialize";

export const dynamic = "force-dynamic";

export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  return Response.json(await getRunDetail(getDb(), id));
});

/** `{name?, notes?}`: renames a run or sets its notes (edit permission); audited. */
export const PATCH = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeRun(actor, id, "edit");
  const patch = ZRunPatch.parse(await readRequiredJsonBody(request));
  const run = await renameRun(getDb(), id, patch);
  await recordAudit(access, "run.rename", { type: "run", id, runId: id }, patch);
  return Response.json({ run: toRunDto(run) });
});

/** Deletes an ended run and all it recorded (edit permission); a run still going is a 409. Audited. */
export const DELETE = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeRun(actor, id, "edit");
  const run = await deleteRun(getDb(), id);
  await recordAudit(access, "run.delete", { type: "run", id }, { scenarioName: run.scenarioName, name: run.name });
  return new Response(null, { status: 204 });
});
