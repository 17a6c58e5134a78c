import { listDeliveries } from "@stampede/db";
import { getDb } from "@/lib/db";
import { authorizeChannel } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** The channel's last 50 deliveries, newest first: event, status, attempts, last HTTP status and error (admin). */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeChannel(actor, id, "admin");
  return Response.json({ deliveries: await listDeliveries(getDb(), id) });
});
