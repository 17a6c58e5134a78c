import { nextCronFires } from "@stampede/contracts";

interface ScheduleRow {
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

/** A schedule as the API answers it, with its next (up to five) fire times. */
export function toScheduleDto<T extends ScheduleRow>(schedule: T, now = new Date()) {
  return { ...schedule, nextFires: nextFiresOf(schedule, now).map((d) => d.toISOString()) };
}

export function nextFiresOf(s: ScheduleRow, now: Date): Date[] {
  if (!s.enabled) return [];
  const left = s.maxRuns === null ? 5 : Math.min(5, Math.max(0, s.maxRuns - s.fireCount));
  if (s.cron) return nextCronFires(s.cron, s.timezone, now, left, { startAt: s.startAt, endAt: s.endAt });
  return s.runAt && s.runAt > now && left > 0 ? [s.runAt] : [];
}
