import { TargetAllowlist } from "@stampede/contracts";
import type { Db } from "./client";
import { NotFoundError } from "./errors";

/** The target allowlist entries a project's admins manage (the instance's entries come on top). */
export async function getProjectAllowlist(db: Db, projectId: string): Promise<string[]> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { allowlist: true } });
  if (!project) throw new NotFoundError("project", projectId);
  return project.allowlist;
}

/** Replaces a project's allowlist with `entries` (validated by the caller: contracts' ZAllowlistEntries). */
export async function setProjectAllowlist(db: Db, projectId: string, entries: string[]): Promise<string[]> {
  const { count } = await db.project.updateMany({ where: { id: projectId }, data: { allowlist: entries } });
  if (count === 0) throw new NotFoundError("project", projectId);
  return entries;
}

/**
 * Where a project's runs may send requests: the instance's entries (loopback, the demo target,
 * STAMPEDE_TARGET_ALLOWLIST — see contracts' instanceAllowlist) and the project's own.
 */
export async function getTargetAllowlist(
  db: Db,
  projectId: string,
  instanceEntries: readonly string[],
): Promise<TargetAllowlist> {
  return new TargetAllowlist([...instanceEntries, ...(await getProjectAllowlist(db, projectId))]);
}
