import { updateSchedule } from "@stampede/db";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { authorizeSchedule } from "./authorize-schedule";
import { toScheduleDto } from "./schedule-dto";
import { syncSchedule } from "./sync-schedule";

/** Pauses (false) or resumes (true) a schedule: its job scheduler goes or comes back with it. */
export async function setScheduleEnabled(actor: Actor, id: string, enabled: boolean): Promise<Response> {
  const access = await authorizeSchedule(actor, id, "run");
  const schedule = await updateSchedule(getDb(), id, { enabled });
  await syncSchedule(schedule);
  await recordAudit(access, enabled ? "schedule.resume" : "schedule.pause", { type: "schedule", id });
  return Response.json({ schedule: toScheduleDto(schedule) });
}
