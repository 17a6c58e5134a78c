import { updateSchedule } from "@stampede/db";
import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { recordAudit } from "@/server/audit/record-audit";
import { authed } from "@/server/auth/route";
import { authorizeSchedule } from "@/server/schedules/authorize-schedule";
import { toScheduleDto } from "@/server/schedules/schedule-dto";
import { syncSchedule } from "@/server/schedules/sync-schedule";

export const dynamic = "force-dynamic";

export const POST = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeSchedule(actor, id, "run");
  const schedule = await updateSchedule(getDb(), id, { enabled: true });
  await syncSchedule(schedule);
  await recordAudit(access, "schedule.resume", { type: "schedule", id });
  return Response.json({ schedule: toScheduleDto(schedule) });
});
