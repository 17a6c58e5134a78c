import type { TProjectAllowlist } from "@stampede/contracts";
import { type Db, getProjectAllowlist, setProjectAllowlist } from "@stampede/db";
import { getInstanceAllowlist } from "@/lib/env";

/** A project's allowlist entries with the instance's, as GET /projects/:id/allowlist answers. */
export async function readProjectAllowlist(db: Db, projectId: string): Promise<TProjectAllowlist> {
  const entries = await getProjectAllowlist(db, projectId);
  return { projectId, entries, instanceEntries: getInstanceAllowlist() };
}

/** Replaces a project's entries (parsed by ZAllowlistUpdate) and answers as readProjectAllowlist. */
export async function replaceProjectAllowlist(
  db: Db,
  projectId: string,
  entries: string[],
): Promise<TProjectAllowlist> {
  const saved = await setProjectAllowlist(db, projectId, entries);
  return { projectId, entries: saved, instanceEntries: getInstanceAllowlist() };
}
