/**
 * Who may do what. A member's role in a project, or an API key's scope, grants a set of permissions:
 * read (see everything in the project), edit (scenarios and data), run (start, stop, change speed, Debug),
 * admin (members, keys, the target allowlist, project settings).
 */
export const PERMISSIONS = ["read", "edit", "run", "admin"] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PROJECT_ROLES = ["ADMIN", "EDITOR", "VIEWER"] as const;
export type ProjectRoleName = (typeof PROJECT_ROLES)[number];

export const API_KEY_SCOPES = ["READ", "RUN", "ADMIN"] as const;
export type ApiKeyScopeName = (typeof API_KEY_SCOPES)[number];

const ROLE_PERMISSIONS: Record<ProjectRoleName, readonly Permission[]> = {
  ADMIN: ["read", "edit", "run", "admin"],
  EDITOR: ["read", "edit", "run"],
  VIEWER: ["read"],
};

// A `run` key is what CI needs: read and start/stop runs, but not change scenarios or the project.
const SCOPE_PERMISSIONS: Record<ApiKeyScopeName, readonly Permission[]> = {
  ADMIN: ["read", "edit", "run", "admin"],
  RUN: ["read", "run"],
  READ: ["read"],
};

export function roleAllows(role: ProjectRoleName, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function scopeAllows(scope: ApiKeyScopeName, permission: Permission): boolean {
  return SCOPE_PERMISSIONS[scope].includes(permission);
}
