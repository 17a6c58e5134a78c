import { createProject, findUserProjects } from "@stampede/db";
import { getDb } from "@/lib/db";
import { ZProjectInput } from "@/server/accounts/account-inputs";
import { recordAudit } from "@/server/audit/record-audit";
import { authed } from "@/server/auth/route";
import { ForbiddenError } from "@/server/http/errors";
import { readRequiredJsonBody } from "@/server/http/read-body";

export const dynamic = "force-dynamic";

/** The projects the caller reaches: a user's memberships with their role, or a key's one project. */
export const GET = authed(async (_request: Request, _context: unknown, actor) => {
  const db = getDb();
  if (actor.kind === "key") {
    const project = await db.project.findUniqueOrThrow({ where: { id: actor.projectId } });
    return Response.json({ projects: [{ id: project.id, name: project.name, role: null }] });
  }
  return Response.json({ projects: await findUserProjects(db, actor.userId) });
});

/** Any user may make a project; they become its admin. Keys belong to one project and cannot. */
export const POST = authed(async (request: Request, _context: unknown, actor) => {
  if (actor.kind !== "user") throw new ForbiddenError("an API key cannot create projects; log in as a user");
  const { name } = ZProjectInput.parse(await readRequiredJsonBody(request));
  const project = await createProject(getDb(), { name, ownerUserId: actor.userId });
  await recordAudit(
    { actor, projectId: project.id, role: "ADMIN" },
    "project.create",
    { type: "project", id: project.id },
    { name },
  );
  return Response.json({ project: { id: project.id, name: project.name, role: "ADMIN" } }, { status: 201 });
});
