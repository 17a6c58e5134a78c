import { revokeApiKey } from "@stampede/db";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize } from "@/server/auth/route";

export const dynamic = "force-dynamic";

interface KeyRouteContext {
  params: Promise<{ id: string; keyId: string }>;
}

/** Revokes a key (admin): it stops working at once and stays listed as revoked. */
export const DELETE = authed(async (_request: Request, { params }: KeyRouteContext, actor) => {
  const { id, keyId } = await params;
  const access = await authorize(actor, id, "admin");
  await revokeApiKey(getDb(), id, keyId);
  await recordAudit(access, "key.revoke", { type: "api-key", id: keyId });
  return new Response(null, { status: 204 });
});
