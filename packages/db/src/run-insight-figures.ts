import type { Db } from "./client";

/**
 * The lean per-second figures insights read (no histograms): the run's seconds, and the seconds of the steps
 * named (the token steps, whose peak rate an insight gives) — not every API's, which a long run has many of.
 */
export async function findRunInsightFigures(db: Db, runId: string, steps: string[]) {
  const seconds = await db.runSecond.findMany({
    where: { runId },
    select: {
      second: true,
      iterations: true,
      droppedIterations: true,
      generatorCpu: true,
      requests: true,
      failures: true,
    },
    orderBy: { second: "asc" },
  });
  const stepSeconds = await db.runMetric.findMany({
    where: { runId, step: { in: steps } },
    select: { second: true, step: true, requests: true, failures: true },
    orderBy: { second: "asc" },
  });
  return { seconds, stepSeconds };
}
