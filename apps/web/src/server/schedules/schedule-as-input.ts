import type { TScheduleInput } from "@stampede/contracts";

interface ScheduleRow {
  name: string;
  cron: string | null;
  runAt: Date | null;
  timezone: string;
  startAt: Date | null;
  endAt: Date | null;
  maxRuns: number | null;
  enabled: boolean;
  overlap: string;
  missedFire: string;
  loadOverride: unknown;
}

/** A saved schedule in the shape of its input, so a PATCH can be merged over it and validated as a whole. */
export function scheduleAsInput(s: ScheduleRow): Record<keyof TScheduleInput, unknown> {
  return {
    name: s.name,
    cron: s.cron,
    runAt: s.runAt?.toISOString() ?? null,
    timezone: s.timezone,
    startAt: s.startAt?.toISOString() ?? null,
    endAt: s.endAt?.toISOString() ?? null,
    maxRuns: s.maxRuns,
    enabled: s.enabled,
    overlap: s.overlap,
    missedFire: s.missedFire,
    loadOverride: s.loadOverride,
  };
}
