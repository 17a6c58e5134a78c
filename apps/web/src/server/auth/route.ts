import { type Permission, roleAllows, scopeAllows } from "@stampede/contracts";
import { findMemberRole, findUserProjects, NotFoundError } from "@stampede/db";
import { getDb } from "@/lib/db";
import { errorResponse, ForbiddenError, refuseUnsafeUrl } from "@/server/http/errors";
import type { Access, Actor } from "./actor";
import { authenticate } from "./authenticate";
import { crossSiteWriteReason } from "./cross-site";

export type { Access, Actor, Permission };

/** The cookie that remembers which project a user last chose in the console. */
export const CURRENT_PROJECT_COOKIE = "stampede_project";

/**
 * Wraps an /api/v1 route: credentials first (401 without), then the cross-site check for writes made with a
 * session cookie (403), then the handler; any error becomes its HTTP answer. The handler authorizes per project.
 */
export function authed<C>(handler: (request: Request, context: C, actor: Actor) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      refuseUnsafeUrl(request); // a NUL in `?search=` or a path segment: 400 naming it, as withErrors does
      const actor = await authenticate(request);
      if (actor.kind === "user") {
        const reason = crossSiteWriteReason(request);
        if (reason) throw new ForbiddenError(`refused as a cross-site request: ${reason}`);
      }
      return await handler(request, context, actor);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * 403 unless the actor may do `permission` in the project. A user who is not a member gets 404 for the
 * project (and so for what is in it): other projects are not theirs to know about.
 */
export async function authorize(actor: Actor, projectId: string, permission: Permission): Promise<Access> {
  if (actor.kind === "key") {
    if (actor.projectId !== projectId) throw new NotFoundError("project", projectId);
    if (!scopeAllows(actor.scope, permission))
      throw new ForbiddenError(`this API key's scope (${actor.scope.toLowerCase()}) does not allow ${permission}`);
    return { actor, projectId, role: null };
  }
  const role = await findMemberRole(getDb(), projectId, actor.userId);
  if (!role) throw new NotFoundError("project", projectId);
  if (!roleAllows(role, permission))
    throw new ForbiddenError(`your role in this project (${role.toLowerCase()}) does not allow ${permission}`);
  return { actor, projectId, role };
}

/** A cookie of the request; a value that is not valid percent-encoding reads as absent. */
function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The project a list or create request is about: a key's own project; for a user, `?project=` or the
 * X-Stampede-Project header, else the project chosen in the console, else their first project.
 */
export async function requestProject(request: Request, actor: Actor): Promise<string> {
  if (actor.kind === "key") return actor.projectId;
  const asked = new URL(request.url).searchParams.get("project") ?? request.headers.get("x-stampede-project");
  const projects = await findUserProjects(getDb(), actor.userId);
  if (asked) {
    if (!projects.some((p) => p.id === asked)) throw new NotFoundError("project", asked);
    return asked;
  }
  // A remembered choice may name a project the user has since left: then fall back to their first.
  const remembered = readCookie(request, CURRENT_PROJECT_COOKIE);
  if (remembered && projects.some((p) => p.id === remembered)) return remembered;
  const first = projects[0];
  if (!first) throw new ForbiddenError("you are not a member of any project; ask a project admin to add you");
  return first.id;
}
