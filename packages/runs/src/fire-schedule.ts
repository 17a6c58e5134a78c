import { lastCronFireBefore, type TScheduleFireOutcome } from "@stampede/contracts";
import { Prisma } from "@stampede/db";
import type { RunLifecycleDeps } from "./deps";
import { startRun } from "./start-run";

/** How fireSchedule waits (overlap "queue") and reads the time; tests pass short waits. */
export interface FireOptions {
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** How often an overlap-queued fire looks whether the previous run has ended. */
  pollMs?: number;
  /** How long an overlap-queued fire waits for the previous run before it gives up (outcome failed). */
  maxWaitMs?: number;
  /** A fire found missed at start-up; by default a fire is missed when it is taken long after its due time. */
  missed?: boolean;
}

export interface FireResult {
  /** "duplicate": this (schedule, dueAt) already fired; "gone": the schedule was deleted or paused. */
  outcome: TScheduleFireOutcome | "duplicate" | "gone";
  runId?: string;
  reason?: string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Fires a schedule once for `dueAt`: claims the (schedule, dueAt) fire row first (its unique key makes a second
 * worker's fire of the same tick a no-op), then applies maxRuns/endAt and the overlap policy, and starts the run
 * through startRun on behalf of the schedule's creator. Overlap "queue" waits here until the previous run ends,
 * then starts (the fire reads "queued" meanwhile). A start that fails is recorded as a failed fire with its reason.
 */
export async function fireSchedule(
  deps: RunLifecycleDeps,
  scheduleId: string,
  dueAt: Date,
  options: FireOptions = {},
): Promise<FireResult> {
  const now = options.now ?? (() => new Date());
  const missed = options.missed ?? isMissedFire(dueAt, now());
  const schedule = await deps.db.schedule.findUnique({ where: { id: scheduleId } });
  if (!schedule || !schedule.enabled) return { outcome: "gone" };
  const fire = await claimFire(deps, scheduleId, dueAt);
  if (!fire) return { outcome: "duplicate" };
  const finish = (outcome: TScheduleFireOutcome, reason?: string, runId?: string) =>
    deps.db.scheduleFire
      .update({ where: { id: fire.id }, data: { outcome, reason: reason ?? null, runId: runId ?? null } })
      .then(() => ({ outcome, reason, runId }));

  const missedNote = missed
    ? `missed while no worker was up (due ${lateness(dueAt, now())} before it was taken)`
    : undefined;
  if (missedNote && schedule.missedFire === "skip") return finish("skipped", `${missedNote}; missed-fire policy skip`);
  if (schedule.maxRuns !== null && schedule.fireCount >= schedule.maxRuns) {
    return finish("skipped", `max runs (${schedule.maxRuns}) reached`);
  }
  if (schedule.endAt && schedule.endAt < dueAt) return finish("skipped", "after the schedule's end");

  // Queued fires ahead are read before running runs, for the reason waitForTurn gives: a queued fire that starts
  // in between is seen by one of the two reads. A fire that saw only "no run goes" while an earlier queued fire
  // was about to start its run would otherwise start alongside it.
  const queuedAhead = schedule.overlap === "queue" ? await earlierQueuedFires(deps, scheduleId, dueAt) : 0;
  const previous = await runningRunOf(deps, scheduleId);
  const stillGoing = previous && `the previous run ${previous.id} was still ${previous.status.toLowerCase()}`;
  if (stillGoing && schedule.overlap === "skip") return finish("skipped", `${stillGoing}; overlap policy skip`);
  const waitsItsTurn = schedule.overlap === "queue" && (previous !== undefined || queuedAhead > 0);
  const waitedFor = previous ? `the previous run ${previous.id}` : `${queuedAhead} earlier queued fire(s)`;
  if (waitsItsTurn) {
    await finish("queued", previous ? `waiting for run ${previous.id} to end` : `waiting for ${waitedFor}`);
    const ended = await waitForTurn(deps, scheduleId, dueAt, now, options);
    if (!ended) return finish("failed", `${waitedFor} did not end in time`);
  }
  // What the started fire records: why it ran although it was late, or alongside a run that still goes.
  const notes = [
    missedNote && `${missedNote}; missed-fire policy run once`,
    stillGoing && schedule.overlap === "parallel" && `${stillGoing}; overlap policy parallel`,
    waitsItsTurn && `waited for ${waitedFor}; overlap policy queue`,
  ].filter(Boolean);
  try {
    const run = await startRun(deps, {
      scenarioId: schedule.scenarioId,
      load: schedule.loadOverride ?? undefined,
      trigger: "SCHEDULE",
      scheduleId,
      // The creator confirmed the compliance statement when they saved the schedule.
      startedBy: {
        label: schedule.createdBy,
        userId: schedule.createdByUserId ?? undefined,
        complianceConfirmedAt: schedule.createdAt,
      },
    });
    await deps.db.schedule.update({ where: { id: scheduleId }, data: { fireCount: { increment: 1 } } });
    return finish("started", notes.length ? notes.join("; ") : undefined, run.id);
  } catch (error) {
    return finish("failed", (error as Error).message);
  }
}

/** Inserts the fire row; null when another worker already fired this (schedule, dueAt). */
async function claimFire(deps: RunLifecycleDeps, scheduleId: string, dueAt: Date) {
  try {
    return await deps.db.scheduleFire.create({ data: { scheduleId, dueAt, outcome: "started" } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

async function runningRunOf(deps: RunLifecycleDeps, scheduleId: string) {
  const runs = await deps.db.run.findMany({
    where: { scheduleId, status: { in: ["QUEUED", "RUNNING", "STOPPING"] } },
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { id: true, status: true },
  });
  return runs[0];
}

/** Fires of the schedule due before `dueAt` that still wait their turn (overlap "queue"). */
function earlierQueuedFires(deps: RunLifecycleDeps, scheduleId: string, dueAt: Date) {
  return deps.db.scheduleFire.count({ where: { scheduleId, outcome: "queued", dueAt: { lt: dueAt } } });
}

/**
 * Overlap "queue": waits until no earlier fire of the schedule is still waiting and no run of it still goes, so
 * queued fires start one after another, in due order, never two at once when a long run ends. Earlier queued
 * fires are read before running runs: a fire marks itself started only after its run exists, so one of the two
 * reads always sees it.
 */
async function waitForTurn(
  deps: RunLifecycleDeps,
  scheduleId: string,
  dueAt: Date,
  now: () => Date,
  options: FireOptions,
) {
  const sleep = options.sleep ?? defaultSleep;
  const until = now().getTime() + (options.maxWaitMs ?? 6 * 3600_000);
  while (now().getTime() < until) {
    const earlier = await earlierQueuedFires(deps, scheduleId, dueAt);
    if (earlier === 0 && !(await runningRunOf(deps, scheduleId))) return true;
    await sleep(options.pollMs ?? 2000);
  }
  return false;
}

/**
 * A fire taken this long after its due time was missed: a live worker takes a due job within a second or two,
 * so only downtime (no worker up, or Redis gone) makes one this late. BullMQ keeps one job per scheduler, so the
 * ticks missed during downtime come back as one late job: the missed-fire policy runs it once or skips it.
 */
export const MISSED_AFTER_MS = 10_000;

export function isMissedFire(dueAt: Date, now: Date): boolean {
  return now.getTime() - dueAt.getTime() > MISSED_AFTER_MS;
}

function lateness(dueAt: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - dueAt.getTime()) / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/**
 * Fires missed by schedules whose jobs Redis lost (`scheduleIds`, restored from Postgres at start-up): for each
 * whose last due time passed with no fire row, fires it once (run_once) or records a skipped fire (skip).
 * Idempotent: the fire row's unique key. Schedules whose jobs survived need nothing here: their late job comes.
 */
export async function fireMissedSchedules(
  deps: RunLifecycleDeps,
  scheduleIds: string[],
  now = new Date(),
): Promise<Array<FireResult & { scheduleId: string; dueAt: Date }>> {
  if (scheduleIds.length === 0) return [];
  const schedules = await deps.db.schedule.findMany({ where: { enabled: true, id: { in: scheduleIds } } });
  const results: Array<FireResult & { scheduleId: string; dueAt: Date }> = [];
  for (const schedule of schedules) {
    const lastFire = await deps.db.scheduleFire.findFirst({
      where: { scheduleId: schedule.id },
      orderBy: { dueAt: "desc" },
    });
    const since =
      lastFire?.dueAt ?? new Date(Math.max(schedule.createdAt.getTime(), schedule.startAt?.getTime() ?? 0) - 1);
    const before = new Date(now.getTime() - MISSED_AFTER_MS);
    const due = schedule.cron
      ? lastCronFireBefore(schedule.cron, schedule.timezone, before, since)
      : schedule.runAt && schedule.runAt <= before && schedule.runAt > since
        ? schedule.runAt
        : undefined;
    if (due)
      results.push({
        scheduleId: schedule.id,
        dueAt: due,
        ...(await fireSchedule(deps, schedule.id, due, { missed: true })),
      });
  }
  return results;
}
