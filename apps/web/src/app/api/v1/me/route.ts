import { findUserProjects, getProjectById } from "@stampede/db";
import { getDb } from "@/lib/db";
import { authed, requestProject } from "@/server/auth/route";

export const dynamic = "force-dynamic";

/** Who the credentials name, the projects they reach (with the role in each) and the current one. */
export const GET = authed(async (request: Request, _context: unknown, actor) => {
  const db = getDb();
  if (actor.kind === "key") {
    const project = await getProjectById(db, actor.projectId);
    return Response.json({
      actor: { kind: "key", label: actor.label, scope: actor.scope.toLowerCase() },
      projects: [{ id: project.id, name: project.name }],
      currentProjectId: project.id,
    });
  }
  const projects = await findUserProjects(db, actor.userId);
  const currentProjectId = projects.length > 0 ? await requestProject(request, actor) : null;
  return Response.json({ actor: { kind: "user", label: actor.label, email: actor.email }, projects, currentProjectId });
});
