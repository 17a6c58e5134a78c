import { PROJECT_ROLES, type ProjectRoleName } from "@stampede/contracts";

/** What each role may do, in the words the settings page uses. */
export const ROLE_LABELS: Record<ProjectRoleName, string> = {
  ADMIN: "Admin",
  EDITOR: "Editor",
  VIEWER: "Viewer",
};

export const ROLE_HINTS: Record<ProjectRoleName, string> = {
  ADMIN: "members, keys, allowlist, settings, and everything an Editor does",
  EDITOR: "scenarios, data, and starting or stopping runs",
  VIEWER: "reads everything, changes nothing",
};

export const ROLE_OPTIONS = PROJECT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
