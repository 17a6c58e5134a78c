import { ZAllowlistUpdate } from "@stampede/contracts";
import { getProjectAllowlist } from "@stampede/db";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { readProjectAllowlist, replaceProjectAllowlist } from "@/server/projects/project-allowlist";

export const dynamic = "force-dynamic";

/** The project's target allowlist entries, and the instance's that every project has. */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorize(actor, id, "read");
  return Response.json(await readProjectAllowlist(getDb(), id));
});

/** Replaces the project's entries (`{"entries": [...]}`); admins only. A bad entry is a 400 naming its index. */
export const PUT = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorize(actor, id, "admin");
  const { entries } = ZAllowlistUpdate.parse(await readRequiredJsonBody(request));
  const db = getDb();
  const before = await getProjectAllowlist(db, id);
  const saved = await replaceProjectAllowlist(db, id, entries);
  const added = entries.filter((e) => !before.includes(e));
  const removed = before.filter((e) => !entries.includes(e));
  await recordAudit(access, "allowlist.update", { type: "project", id }, { added, removed });
  return Response.json(saved);
});
