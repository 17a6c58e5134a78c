import { nextCronFires } from "@stampede/contracts";
import type { SavedSchedule } from "@stampede/queue";

/** A schedule as the API answers it, with its next (up to five) fire times. */
export function toScheduleDto<T extends SavedSchedule>(schedule: T, now = new Date()) {
  return { ...schedule, nextFires: nextFiresOf(schedule, now).map((d) => d.toISOString()) };
}

export function nextFiresOf(s: SavedSchedule, now: Date): Date[] {
  if (!s.enabled) return [];
  const left = s.maxRuns === null ? 5 : Math.min(5, Math.max(0, s.maxRuns - s.fireCount));
  if (s.cron) return nextCronFires(s.cron, s.timezone, now, left, { startAt: s.startAt, endAt: s.endAt });
  return s.runAt && s.runAt > now && left > 0 ? [s.runAt] : [];
}
