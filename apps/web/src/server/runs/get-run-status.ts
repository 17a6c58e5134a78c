import type { TRunStatus } from "@stampede/contracts";
import { NotFoundError, type Db } from "@stampede/db";

/**
 * Only a run's status: the stream polls it, and getRunById would read the frozen scenario every time.
 * (Small enough to live here; a candidate for packages/db.)
 */
export async function getRunStatus(db: Db, runId: string): Promise<TRunStatus> {
  const run = await db.run.findUnique({ where: { id: runId }, select: { status: true } });
  if (!run) throw new NotFoundError("run", runId);
  return run.status;
}
