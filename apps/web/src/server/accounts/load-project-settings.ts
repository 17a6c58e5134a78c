import { listApiKeys, listProjectMembers } from "@stampede/db";
import type { ApiKeyView, MemberView } from "@/components/settings/settings-views";
import { getDb } from "@/lib/db";

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** What the settings page shows: the members, and the keys when the viewer is an admin (null otherwise). */
export async function loadProjectSettings(
  projectId: string,
  isAdmin: boolean,
): Promise<{ members: MemberView[]; apiKeys: ApiKeyView[] | null }> {
  const db = getDb();
  const [members, keys] = await Promise.all([
    listProjectMembers(db, projectId),
    isAdmin ? listApiKeys(db, projectId) : null,
  ]);
  return {
    members: members.map((m) => ({ userId: m.userId, email: m.email, name: m.name, role: m.role })),
    apiKeys:
      keys?.map((k) => ({
        ...k,
        expiresAt: isoOrNull(k.expiresAt),
        lastUsedAt: isoOrNull(k.lastUsedAt),
        revokedAt: isoOrNull(k.revokedAt),
        createdAt: k.createdAt.toISOString(),
      })) ?? null,
  };
}
