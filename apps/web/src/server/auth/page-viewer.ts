import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { type Permission, roleAllows } from "@stampede/contracts";
import { countUsers, findUserProjects } from "@stampede/db";
import { getDb } from "@/lib/db";
import { findSessionUser } from "./authenticate";
import { CURRENT_PROJECT_COOKIE } from "./route";

export interface ViewerProject {
  id: string;
  name: string;
  role: "ADMIN" | "EDITOR" | "VIEWER";
}

export interface Viewer {
  user: { id: string; email: string; name: string };
  projects: ViewerProject[];
  /** The project the console shows; null when the user belongs to none. */
  project: ViewerProject | null;
}

/**
 * The logged-in user of a console page, their projects and the current one. No user yet on this instance:
 * the first-run page; no session: the login page. Cached per request, so a layout and its page share it.
 */
export const requireViewer = cache(async (): Promise<Viewer> => {
  const user = await findSessionUser(await headers());
  if (!user) {
    if ((await countUsers(getDb())) === 0) redirect("/setup");
    redirect("/login");
  }
  const projects = await findUserProjects(getDb(), user.id);
  const remembered = (await cookies()).get(CURRENT_PROJECT_COOKIE)?.value;
  const project = projects.find((p) => p.id === remembered) ?? projects[0] ?? null;
  return { user: { id: user.id, email: user.email, name: user.name }, projects, project };
});

/**
 * The current project, with `permission` in it, or the page is not found (a Viewer opening an editor). A user
 * in no project yet is sent to make one (anyone may), where the page also says an admin can add them.
 */
export async function requireProject(permission: Permission = "read"): Promise<ViewerProject & { viewer: Viewer }> {
  const viewer = await requireViewer();
  if (!viewer.project) redirect("/settings/new-project");
  if (!roleAllows(viewer.project.role, permission)) notFound();
  return { ...viewer.project, viewer };
}

/**
 * The viewer's role in the project a scenario or run belongs to; not found unless they are a member with
 * `permission` there (a link to another project's run says nothing about it).
 */
export async function requireProjectRole(projectId: string, permission: Permission = "read") {
  const viewer = await requireViewer();
  const project = viewer.projects.find((p) => p.id === projectId);
  if (!project || !roleAllows(project.role, permission)) notFound();
  return project;
}
