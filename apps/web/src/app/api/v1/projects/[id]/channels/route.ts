import { createChannel, getSecretKey, listChannels } from "@stampede/db";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { parseChannelInput } from "@/server/notifications/channel-input";

export const dynamic = "force-dynamic";

/** The project's notification channels with their subscriptions; secrets only as `hasSecret` (admin). */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorize(actor, id, "admin");
  return Response.json({ channels: await listChannels(getDb(), id) });
});

/** Adds a channel (admin); without subscriptions it gets every run event of the project. */
export const POST = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorize(actor, id, "admin");
  const input = parseChannelInput(await readRequiredJsonBody(request));
  const channel = await createChannel(getDb(), id, input, getSecretKey());
  await recordAudit(
    access,
    "channel.create",
    { type: "channel", id: channel.id },
    { name: input.name, type: input.type },
  );
  return Response.json({ channel }, { status: 201 });
});
