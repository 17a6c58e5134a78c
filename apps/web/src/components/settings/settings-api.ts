import type { ProjectRoleName } from "@stampede/contracts";
import { callApi } from "@/lib/call-api";
import type { ApiKeyView } from "./settings-views";

/** The scope a key is created with, as the API spells it. */
export type KeyScopeInput = "read" | "run" | "admin";

const projectUrl = (projectId: string) => `/api/v1/projects/${encodeURIComponent(projectId)}`;

export function renameProject(projectId: string, name: string) {
  return callApi(projectUrl(projectId), { method: "PATCH", body: { name } });
}

/** Makes a project (the caller becomes its admin) and makes it the one the console shows. */
export async function createAndSwitchProject(name: string) {
  const created = await callApi<{ project: { id: string } }>("/api/v1/projects", { method: "POST", body: { name } });
  if (!created.ok) return created;
  return switchProject(created.body.project.id);
}

export function switchProject(projectId: string) {
  return callApi("/api/v1/me/current-project", { method: "POST", body: { projectId } });
}

/** Adds a member; `password` creates the account when the e-mail has none yet. */
export function addMember(
  projectId: string,
  input: { email: string; role: ProjectRoleName; password?: string; name?: string },
) {
  return callApi(`${projectUrl(projectId)}/members`, { method: "POST", body: input });
}

export function changeMemberRole(projectId: string, userId: string, role: ProjectRoleName) {
  return callApi(`${projectUrl(projectId)}/members/${encodeURIComponent(userId)}`, {
    method: "PATCH",
    body: { role },
  });
}

export function removeMember(projectId: string, userId: string) {
  return callApi(`${projectUrl(projectId)}/members/${encodeURIComponent(userId)}`, { method: "DELETE" });
}

/** Creates a key; the answer's `key` is the only time the key itself is ever shown. */
export function createApiKey(
  projectId: string,
  input: { name: string; scope: KeyScopeInput; expiresInDays: number | null },
) {
  return callApi<{ key: string; apiKey: ApiKeyView }>(`${projectUrl(projectId)}/api-keys`, {
    method: "POST",
    body: input,
  });
}

export function revokeApiKey(projectId: string, keyId: string) {
  return callApi(`${projectUrl(projectId)}/api-keys/${encodeURIComponent(keyId)}`, { method: "DELETE" });
}
