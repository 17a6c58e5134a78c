import { DEFAULT_COMPARE_TOLERANCES, type TCompareTolerances, ZCompareTolerances } from "@stampede/contracts";
import type { Db } from "./client";
import { ConflictError, NotFoundError } from "./errors";
import type { Prisma } from "./generated/prisma/client";
import { getRunById } from "./runs";

const ACTIVE = ["QUEUED", "RUNNING", "STOPPING"] as const;

/** Gives a run a person's name and notes; `name` null or empty goes back to showing the scenario name. */
export async function renameRun(db: Db, runId: string, input: { name?: string | null; notes?: string }) {
  await getRunById(db, runId);
  return db.run.update({
    where: { id: runId },
    data: {
      ...(input.name !== undefined && { name: input.name?.trim() ? input.name.trim() : null }),
      ...(input.notes !== undefined && { notes: input.notes }),
    },
    omit: { scenarioSnapshot: true },
  });
}

/**
 * Deletes an ended run with its metrics, samples and events (cascade); a run still going is refused, as is
 * removing what its controller is writing to. A scenario whose baseline it was has none afterwards.
 */
export async function deleteRun(db: Db, runId: string) {
  const run = await getRunById(db, runId);
  if ((ACTIVE as readonly string[]).includes(run.status)) {
    throw new ConflictError(`run ${runId} is ${run.status}: stop it before deleting it`);
  }
  const { count } = await db.run.deleteMany({ where: { id: runId, status: { notIn: [...ACTIVE] } } });
  if (count === 0) throw new NotFoundError("run", runId); // deleted meanwhile by someone else
  // No foreign key holds a baseline, so a deleted baseline is cleared here.
  await db.scenario.updateMany({ where: { baselineRunId: runId }, data: { baselineRunId: null } });
  return run;
}

/** Marks an ended run as its scenario's baseline (what other runs are compared with). */
export async function markRunAsBaseline(db: Db, runId: string) {
  const run = await getRunById(db, runId);
  if ((ACTIVE as readonly string[]).includes(run.status)) {
    throw new ConflictError(`run ${runId} is ${run.status}: only an ended run can be the baseline`);
  }
  await db.scenario.update({ where: { id: run.scenarioId }, data: { baselineRunId: runId } });
  return run;
}

/** The scenario's baseline run id, or null. */
export async function findBaselineRunId(db: Db, scenarioId: string): Promise<string | null> {
  const row = await db.scenario.findUnique({ where: { id: scenarioId }, select: { baselineRunId: true } });
  return row?.baselineRunId ?? null;
}

/** The project's compare tolerances; the defaults where it has none (or a stored value no longer reads). */
export async function getCompareTolerances(db: Db, projectId: string): Promise<TCompareTolerances> {
  const row = await db.project.findUnique({ where: { id: projectId }, select: { compareTolerances: true } });
  if (!row) throw new NotFoundError("project", projectId);
  const parsed = ZCompareTolerances.safeParse(row.compareTolerances ?? {});
  return parsed.success ? parsed.data : DEFAULT_COMPARE_TOLERANCES;
}

export async function setCompareTolerances(db: Db, projectId: string, tolerances: TCompareTolerances) {
  await db.project.update({
    where: { id: projectId },
    data: { compareTolerances: tolerances as Prisma.InputJsonValue },
  });
  return tolerances;
}
