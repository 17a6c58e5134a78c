import type { IdRouteContext } from "@/server/http/route-params";
import { authed } from "@/server/auth/route";
import { setScheduleEnabled } from "@/server/schedules/set-schedule-enabled";

export const dynamic = "force-dynamic";

export const POST = authed(async (_request: Request, { params }: IdRouteContext, actor) =>
  setScheduleEnabled(actor, (await params).id, false),
);
