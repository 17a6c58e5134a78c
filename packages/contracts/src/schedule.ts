import cronParser from "cron-parser";
import { z } from "zod";
import { ZLoadConfig } from "./load";

/** When the previous run of a schedule still goes at a fire. */
export const SCHEDULE_OVERLAPS = ["skip", "queue", "parallel"] as const;
export type TScheduleOverlap = (typeof SCHEDULE_OVERLAPS)[number];

/** What happens to fires missed while no worker was up. */
export const SCHEDULE_MISSED_FIRES = ["skip", "run_once"] as const;
export type TScheduleMissedFire = (typeof SCHEDULE_MISSED_FIRES)[number];

export const SCHEDULE_FIRE_OUTCOMES = ["started", "queued", "skipped", "failed"] as const;
export type TScheduleFireOutcome = (typeof SCHEDULE_FIRE_OUTCOMES)[number];

/** True when `timezone` is an IANA zone this runtime knows ("Asia/Shanghai", "UTC"). */
export function isTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Why `cron` is not a valid 5- or 6-field cron expression, or undefined when it is. */
export function cronIssue(cron: string): string | undefined {
  const fields = cron.trim().split(/\s+/).length;
  if (fields < 5 || fields > 6)
    return `must have 5 fields (minute hour day month weekday) or 6 (with seconds first), got ${fields}`;
  try {
    cronParser.parseExpression(cron, { tz: "UTC" });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The next `count` fire times of a cron expression read in `timezone`, after `from`, before `endAt` if given. */
export function nextCronFires(
  cron: string,
  timezone: string,
  from: Date,
  count = 5,
  bounds: { startAt?: Date | null; endAt?: Date | null } = {},
): Date[] {
  const after = bounds.startAt && bounds.startAt > from ? new Date(bounds.startAt.getTime() - 1) : from;
  const it = cronParser.parseExpression(cron, {
    tz: timezone,
    currentDate: after,
    endDate: bounds.endAt ?? undefined,
  });
  const fires: Date[] = [];
  while (fires.length < count && it.hasNext()) fires.push(it.next().toDate());
  return fires;
}

/** The latest fire time of a cron expression at or before `at` (for the missed-fire check), if any after `since`. */
export function lastCronFireBefore(cron: string, timezone: string, at: Date, since: Date): Date | undefined {
  const it = cronParser.parseExpression(cron, { tz: timezone, currentDate: new Date(at.getTime() + 1) });
  if (!it.hasPrev()) return undefined;
  const prev = it.prev().toDate();
  return prev > since ? prev : undefined;
}

/** The schedule fields a cron or one-off plan needs; refine adds the field-path issues. */
const ZScheduleFields = z.object({
  name: z.string().trim().min(1, "must not be empty").max(120),
  cron: z.string().trim().min(1).max(120).nullish(),
  runAt: z.iso.datetime({ offset: true }).nullish(),
  timezone: z.string().default("UTC"),
  startAt: z.iso.datetime({ offset: true }).nullish(),
  endAt: z.iso.datetime({ offset: true }).nullish(),
  maxRuns: z.number().int().positive().nullish(),
  enabled: z.boolean().default(true),
  overlap: z.enum(SCHEDULE_OVERLAPS).default("skip"),
  missedFire: z.enum(SCHEDULE_MISSED_FIRES).default("skip"),
  loadOverride: ZLoadConfig.nullish(),
});

function refineSchedule(s: Partial<z.infer<typeof ZScheduleFields>>, ctx: z.RefinementCtx, partial: boolean) {
  if (!partial && !s.cron && !s.runAt) {
    ctx.addIssue({ code: "custom", path: ["cron"], message: 'give either "cron" (with "timezone") or "runAt"' });
  }
  if (s.cron && s.runAt) {
    ctx.addIssue({ code: "custom", path: ["runAt"], message: 'give either "cron" or "runAt", not both' });
  }
  if (s.cron) {
    const issue = cronIssue(s.cron);
    if (issue) ctx.addIssue({ code: "custom", path: ["cron"], message: `invalid cron expression: ${issue}` });
  }
  if (s.timezone !== undefined && !isTimeZone(s.timezone)) {
    ctx.addIssue({ code: "custom", path: ["timezone"], message: `unknown IANA time zone "${s.timezone}"` });
  }
  if (s.startAt && s.endAt && new Date(s.endAt) <= new Date(s.startAt)) {
    ctx.addIssue({ code: "custom", path: ["endAt"], message: "must be after startAt" });
  }
}

/** A schedule as a user creates it: either a cron expression with its time zone, or a one-off `runAt`. */
export const ZScheduleInput = ZScheduleFields.superRefine((s, ctx) => refineSchedule(s, ctx, false));
export type TScheduleInput = z.infer<typeof ZScheduleInput>;

/** A PATCH: any of the fields; the merged result is validated again as a whole by the caller. */
export const ZSchedulePatch = ZScheduleFields.partial().superRefine((s, ctx) => refineSchedule(s, ctx, true));
export type TSchedulePatch = z.infer<typeof ZSchedulePatch>;

/** Presets the console offers, as cron expressions ("HH:MM" local to the schedule's time zone). */
export function presetCron(
  preset: "daily" | "weekdays" | "weekly" | "monthly",
  time: string,
  options: { weekday?: number; dayOfMonth?: number } = {},
): string {
  const [hour = "0", minute = "0"] = time.split(":");
  const hm = `${Number(minute)} ${Number(hour)}`;
  if (preset === "daily") return `${hm} * * *`;
  if (preset === "weekdays") return `${hm} * * 1-5`;
  if (preset === "weekly") return `${hm} * * ${options.weekday ?? 1}`;
  return `${hm} ${options.dayOfMonth ?? 1} * *`;
}
