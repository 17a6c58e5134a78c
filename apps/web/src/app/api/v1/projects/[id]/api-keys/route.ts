import { createApiKey, listApiKeys } from "@stampede/db";
import { getDb } from "@/lib/db";
import { ZApiKeyInput } from "@/server/accounts/account-inputs";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

const DAY_MS = 86_400_000;

/** The project's keys: name, prefix, scope, expiry, last use — never the key or its hash (admin). */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorize(actor, id, "admin");
  return Response.json({ apiKeys: await listApiKeys(getDb(), id) });
});

/** Creates a key (admin). The answer is the only time the key itself is shown. */
export const POST = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorize(actor, id, "admin");
  const input = ZApiKeyInput.parse(await readRequiredJsonBody(request));
  const { key, apiKey } = await createApiKey(getDb(), {
    projectId: id,
    name: input.name,
    scope: input.scope.toUpperCase() as "READ" | "RUN" | "ADMIN",
    expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
    createdBy: actor.label,
  });
  await recordAudit(access, "key.create", { type: "api-key", id: apiKey.id }, { name: input.name, scope: input.scope });
  return Response.json({ key, apiKey }, { status: 201 });
});
