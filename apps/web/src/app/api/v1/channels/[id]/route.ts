import { ZChannelPatch } from "@stampede/contracts";
import { deleteChannel, getChannel, getSecretKey, updateChannel } from "@stampede/db";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/server/audit/record-audit";
import { authorizeChannel } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeChannel(actor, id, "admin");
  return Response.json({ channel: await getChannel(getDb(), id) });
});

/** Changes a channel (admin); `secret: null` removes its secret, `subscriptions` replace the old ones. */
export const PATCH = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeChannel(actor, id, "admin");
  const patch = ZChannelPatch.parse(await readRequiredJsonBody(request));
  const channel = await updateChannel(getDb(), id, patch, getSecretKey());
  const { secret, ...audited } = patch;
  await recordAudit(
    access,
    "channel.update",
    { type: "channel", id },
    { ...audited, secretChanged: secret !== undefined },
  );
  return Response.json({ channel });
});

export const DELETE = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeChannel(actor, id, "admin");
  await deleteChannel(getDb(), id);
  await recordAudit(access, "channel.delete", { type: "channel", id });
  return new Response(null, { status: 204 });
});
