import { syncScheduleJobs } from "@stampede/queue";
import { getScheduleQueue } from "@/lib/schedule-queue";

interface SavedSchedule {
  id: string;
  enabled: boolean;
  cron: string | null;
  runAt: Date | null;
  timezone: string;
  startAt: Date | null;
  endAt: Date | null;
  maxRuns: number | null;
  fireCount: number;
}

/** Makes the workers fire a just-saved (or paused, resumed) schedule as it now reads. */
export async function syncSchedule(schedule: SavedSchedule): Promise<void> {
  const firesLeft = schedule.maxRuns === null ? null : Math.max(0, schedule.maxRuns - schedule.fireCount);
  await syncScheduleJobs(getScheduleQueue(), { ...schedule, firesLeft });
}
