import type { TLoadConfig, TRunStatus, TRunSummary, TRunTrigger, TStopCondition } from "@stampede/contracts";
import type { Db } from "./client";
import { NotFoundError } from "./errors";
import type { Prisma } from "./generated/prisma/client";
import { getScenarioById } from "./scenarios";

/** Writes a QUEUED run with a frozen copy of the scenario; enqueueing is the caller's next step. */
/** Who asked for a run: shown on the run and in the audit log. */
export interface RunStarter {
  /** What people read: an e-mail, "key ci-nightly", "schedule nightly". */
  label: string;
  userId?: string;
  keyId?: string;
  /** When the starter confirmed the compliance statement. */
  complianceConfirmedAt?: Date;
}

export async function createRun(
  db: Db,
  input: {
    scenarioId: string;
    load: TLoadConfig;
    trigger: TRunTrigger;
    startedBy?: RunStarter;
    /** The run's effective stop conditions, frozen into its snapshot (later edits do not change a running run). */
    stopConditions?: TStopCondition[];
    /** The schedule that fired this run (trigger SCHEDULE). */
    scheduleId?: string;
  },
) {
  const scenario = await getScenarioById(db, input.scenarioId);
  const by = input.startedBy;
  return db.run.create({
    data: {
      projectId: scenario.projectId,
      startedBy: by?.label ?? null,
      startedByUserId: by?.userId ?? null,
      startedByKeyId: by?.keyId ?? null,
      complianceConfirmedAt: by?.complianceConfirmedAt ?? null,
      scenarioId: scenario.id,
      scenarioName: scenario.name,
      scenarioSnapshot: (input.stopConditions
        ? { ...(scenario.spec as object), stopConditions: input.stopConditions }
        : scenario.spec) as Prisma.InputJsonValue,
      load: input.load as Prisma.InputJsonValue,
      trigger: input.trigger,
      scheduleId: input.scheduleId ?? null,
    },
  });
}

export async function getRunById(db: Db, id: string) {
  const run = await db.run.findUnique({ where: { id } });
  if (!run) throw new NotFoundError("run", id);
  return run;
}

/** Which runs a list shows: all optional, combined with AND; dates compare with `createdAt`. */
export interface RunFilter {
  projectId?: string;
  scenarioId?: string;
  status?: TRunStatus;
  trigger?: TRunTrigger;
  createdFrom?: Date;
  createdTo?: Date;
  ids?: string[];
  take?: number;
}

export async function findRuns(db: Db, options: RunFilter = {}) {
  const created =
    options.createdFrom || options.createdTo ? { gte: options.createdFrom, lte: options.createdTo } : undefined;
  return db.run.findMany({
    where: {
      projectId: options.projectId,
      scenarioId: options.scenarioId,
      status: options.status,
      trigger: options.trigger,
      createdAt: created,
      id: options.ids ? { in: options.ids } : undefined,
    },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
    omit: { scenarioSnapshot: true },
  });
}

/** Moves a QUEUED run to RUNNING; false when someone else got there first (or it was stopped). */
export async function markRunStarted(db: Db, id: string, startedAt: Date): Promise<boolean> {
  const { count } = await db.run.updateMany({
    where: { id, status: "QUEUED" },
    data: { status: "RUNNING", startedAt },
  });
  return count === 1;
}

/**
 * Asks a run to stop. A QUEUED run is stopped at once (no worker has it yet); a RUNNING one becomes
 * STOPPING and its controller finishes it. `reason` ("stopped by ana@example.com", a fired stop condition) is
 * kept by the call that moves the status, so the first stop's reason stays. Returns the status after the call.
 */
export async function requestRunStop(db: Db, id: string, reason?: string): Promise<TRunStatus> {
  const run = await getRunById(db, id);
  if (run.status === "QUEUED") {
    const { count } = await db.run.updateMany({
      where: { id, status: "QUEUED" },
      data: { status: "STOPPED", endedAt: new Date(), stopReason: reason },
    });
    if (count === 1) return "STOPPED";
    return requestRunStop(db, id, reason);
  }
  if (run.status === "RUNNING") {
    await db.run.updateMany({ where: { id, status: "RUNNING" }, data: { status: "STOPPING", stopReason: reason } });
    return "STOPPING";
  }
  return run.status;
}

/** Sets the final status and summary of a run that is not already final. */
export async function finishRun(
  db: Db,
  id: string,
  outcome: { status: "FINISHED" | "STOPPED" | "FAILED"; summary?: TRunSummary; error?: string },
) {
  await db.run.updateMany({
    where: { id, status: { in: ["QUEUED", "RUNNING", "STOPPING"] } },
    data: {
      status: outcome.status,
      endedAt: new Date(),
      summary: (outcome.summary ?? undefined) as Prisma.InputJsonValue | undefined,
      error: outcome.error,
    },
  });
}

export async function addRunEvent(db: Db, runId: string, kind: string, message: string, data?: unknown) {
  await db.runEvent.create({
    data: { runId, kind, message, data: (data ?? undefined) as Prisma.InputJsonValue | undefined },
  });
}

export async function findRunEvents(db: Db, runId: string) {
  return db.runEvent.findMany({ where: { runId }, orderBy: { at: "asc" } });
}
