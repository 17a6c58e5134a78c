import type { TNotificationPayload } from "@stampede/contracts";
import { createDelivery } from "@stampede/db";
import { enqueueNotification } from "@stampede/queue";
import { getDb } from "@/lib/db";
import { getNotificationQueue } from "@/lib/notification-queue";
import { authorizeChannel } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** Queues a test message to the channel (admin); its outcome shows in the channel's deliveries. */
export const POST = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeChannel(actor, id, "admin");
  const payload: TNotificationPayload = {
    event: "run.finished",
    at: new Date().toISOString(),
    projectId: access.projectId,
    test: true,
  };
  const deliveryId = await createDelivery(getDb(), id, "test", payload);
  await enqueueNotification(getNotificationQueue(), deliveryId);
  return Response.json({ deliveryId }, { status: 202 });
});
