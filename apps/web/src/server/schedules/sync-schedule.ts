import { type SavedSchedule, schedulePlanOf, syncScheduleJobs } from "@stampede/queue";
import { getScheduleQueue } from "@/lib/schedule-queue";

/** Makes the workers fire a just-saved (or paused, resumed) schedule as it now reads. */
export async function syncSchedule(schedule: SavedSchedule): Promise<void> {
  await syncScheduleJobs(getScheduleQueue(), schedulePlanOf(schedule));
}
