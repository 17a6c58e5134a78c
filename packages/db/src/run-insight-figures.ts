import type { Db } from "./client";

/** The lean per-second figures insights read while a run goes on (no histograms). */
export async function findRunInsightFigures(db: Db, runId: string) {
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
    where: { runId },
    select: { second: true, step: true, requests: true, failures: true },
    orderBy: { second: "asc" },
  });
  return { seconds, stepSeconds };
}
