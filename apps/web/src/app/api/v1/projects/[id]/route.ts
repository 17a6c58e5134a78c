import { getProjectById } from "@stampede/db";
import { getDb } from "@/lib/db";
import { ZProjectInput } from "@/server/accounts/account-inputs";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const { role } = await authorize(actor, id, "read");
  const project = await getProjectById(getDb(), id);
  return Response.json({ project: { id: project.id, name: project.name, allowlist: project.allowlist, role } });
});

/** Renames the project (admin). */
export const PATCH = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorize(actor, id, "admin");
  const { name } = ZProjectInput.parse(await readRequiredJsonBody(request));
  const project = await getDb().project.update({ where: { id }, data: { name } });
  await recordAudit(access, "project.rename", { type: "project", id }, { name });
  return Response.json({ project: { id: project.id, name: project.name } });
});
