import type { TScheduleInput, TSchedulePatch } from "@stampede/contracts";
import type { Db } from "./client";
import { NotFoundError } from "./errors";
import { Prisma } from "./generated/prisma/client";

/** Who saves a schedule: its runs are started on their behalf. */
export interface ScheduleCreator {
  label: string;
  userId?: string;
}

function toData(input: TSchedulePatch) {
  const date = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));
  return {
    name: input.name,
    cron: input.cron,
    runAt: date(input.runAt),
    timezone: input.timezone,
    startAt: date(input.startAt),
    endAt: date(input.endAt),
    maxRuns: input.maxRuns,
    enabled: input.enabled,
    overlap: input.overlap,
    missedFire: input.missedFire,
    loadOverride:
      input.loadOverride === undefined
        ? undefined
        : input.loadOverride === null
          ? Prisma.JsonNull
          : (input.loadOverride as Prisma.InputJsonValue),
  };
}

export async function createSchedule(db: Db, scenarioId: string, input: TScheduleInput, by: ScheduleCreator) {
  const scenario = await db.scenario.findUnique({ where: { id: scenarioId }, select: { projectId: true } });
  if (!scenario) throw new NotFoundError("scenario", scenarioId);
  return db.schedule.create({
    data: {
      ...toData(input),
      name: input.name,
      scenarioId,
      projectId: scenario.projectId,
      createdBy: by.label,
      createdByUserId: by.userId ?? null,
    },
  });
}

export async function getScheduleById(db: Db, id: string) {
  const schedule = await db.schedule.findUnique({ where: { id } });
  if (!schedule) throw new NotFoundError("schedule", id);
  return schedule;
}

export async function updateSchedule(db: Db, id: string, patch: TSchedulePatch) {
  await getScheduleById(db, id);
  return db.schedule.update({ where: { id }, data: toData(patch) });
}

export async function deleteSchedule(db: Db, id: string) {
  await getScheduleById(db, id);
  await db.schedule.delete({ where: { id } });
}

/** A project's (or one scenario's) schedules, newest first, each with its latest fire. */
export async function listSchedules(db: Db, where: { projectId?: string; scenarioId?: string }) {
  return db.schedule.findMany({
    where,
    orderBy: { createdAt: "desc" },
    include: { fires: { orderBy: { dueAt: "desc" }, take: 1 }, scenario: { select: { name: true } } },
  });
}

/**
 * A schedule's fire history, newest first, each fire with the status of the run it started (null when it
 * started none, or the run was deleted since): fires keep their run's id, not a link that deleting a run breaks.
 */
export async function listScheduleFires(db: Db, scheduleId: string, take = 50) {
  const fires = await db.scheduleFire.findMany({ where: { scheduleId }, orderBy: { dueAt: "desc" }, take });
  const runIds = fires.flatMap((f) => (f.runId ? [f.runId] : []));
  const runs = runIds.length
    ? await db.run.findMany({ where: { id: { in: runIds } }, select: { id: true, status: true } })
    : [];
  const statusOf = new Map(runs.map((r) => [r.id, r.status]));
  return fires.map((f) => ({ ...f, runStatus: (f.runId && statusOf.get(f.runId)) || null }));
}
