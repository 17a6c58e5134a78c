import { ZScheduleInput, ZSchedulePatch } from "@stampede/contracts";
import { deleteSchedule, getScheduleById, listScheduleFires, updateSchedule } from "@stampede/db";
import { removeScheduleJobs } from "@stampede/queue";
import { getDb } from "@/lib/db";
import { getScheduleQueue } from "@/lib/schedule-queue";
import { readRequiredJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { recordAudit } from "@/server/audit/record-audit";
import { authed } from "@/server/auth/route";
import { authorizeSchedule } from "@/server/schedules/authorize-schedule";
import { scheduleAsInput } from "@/server/schedules/schedule-as-input";
import { toScheduleDto } from "@/server/schedules/schedule-dto";
import { syncSchedule } from "@/server/schedules/sync-schedule";

export const dynamic = "force-dynamic";

/** One schedule with its next fire times and fire history (time, outcome, reason, run). */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeSchedule(actor, id, "read");
  const schedule = await getScheduleById(getDb(), id);
  const fires = await listScheduleFires(getDb(), id);
  return Response.json({ schedule: toScheduleDto(schedule), fires });
});

export const PATCH = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeSchedule(actor, id, "run");
  const patch = ZSchedulePatch.parse(await readRequiredJsonBody(request));
  // The merged schedule must still be whole (e.g. cron or runAt, endAt after startAt).
  // Switching between cron and a one-off time clears the other.
  const switched = patch.cron ? { runAt: null } : patch.runAt ? { cron: null } : {};
  const saved = scheduleAsInput(await getScheduleById(getDb(), id));
  const merged = ZScheduleInput.parse({ ...saved, ...switched, ...patch });
  const schedule = await updateSchedule(getDb(), id, merged);
  await syncSchedule(schedule);
  await recordAudit(access, "schedule.update", { type: "schedule", id });
  return Response.json({ schedule: toScheduleDto(schedule) });
});

export const DELETE = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const access = await authorizeSchedule(actor, id, "run");
  await removeScheduleJobs(getScheduleQueue(), id);
  await deleteSchedule(getDb(), id);
  await recordAudit(access, "schedule.delete", { type: "schedule", id });
  return new Response(null, { status: 204 });
});
