import { wholeSeconds } from "@/lib/run-series";
import { type TCompareTolerances, ZRunSummary } from "@stampede/contracts";
import { ConflictError, findBaselineRunId, getCompareTolerances, getRunById, type Db } from "@stampede/db";
import { type CompareRow, compareRuns, summaryFigures as figures } from "@stampede/metrics";
import { z } from "zod";

/** `ids=a,b,c`: 2 to 5 distinct run ids, the first the reference. */
export const ZCompareIds = z
  .string({ error: "ids: give 2 to 5 run ids separated by commas" })
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().max(100))
      .min(2, "compare at least 2 runs")
      .max(5, "compare at most 5 runs")
      .refine((ids) => new Set(ids).size === ids.length, "a run is named twice"),
  );

/** Query of GET /runs/compare. */
export const ZCompareQuery = z.object({ ids: ZCompareIds });

/** One compared run: what it was, and its per-second RPS and p95 for the overlaid charts. */
export interface ComparedRun {
  id: string;
  label: string;
  scenarioName: string;
  status: string;
  createdAt: string;
  isBaseline: boolean;
  series: { second: number; rps: number; p95: number }[];
}

/** A comparison: the runs in order (the first is the reference), rows per API, the tolerances applied. */
export interface Comparison {
  runs: ComparedRun[];
  rows: CompareRow[];
  tolerances: TCompareTolerances;
}

/**
 * Compares ended runs (APIs matched by name) under the tolerances of the first run's project; a run without a
 * summary yet (still going) is a conflict.
 */
export async function getComparison(db: Db, ids: string[]): Promise<Comparison> {
  const loaded = [];
  for (const id of ids) {
    const run = await getRunById(db, id);
    const summary = ZRunSummary.safeParse(run.summary);
    if (!summary.success) {
      throw new ConflictError(`run ${id} has no summary yet (status ${run.status}): only ended runs can be compared`);
    }
    const seconds = await db.runSecond.findMany({
      where: { runId: id },
      orderBy: { second: "asc" },
      select: { second: true, requests: true, p95Ms: true },
    });
    loaded.push({ run, summary: summary.data, seconds });
  }
  const tolerances = await getCompareTolerances(db, loaded[0]!.run.projectId);
  const inputs = loaded.map(({ run, summary }) => ({
    id: run.id,
    total: figures(summary, summary.durationSeconds),
    steps: Object.fromEntries(summary.steps.map((s) => [s.step, figures(s, summary.durationSeconds)])),
  }));
  const runs: ComparedRun[] = [];
  for (const { run, seconds, summary } of loaded) {
    runs.push({
      id: run.id,
      label: run.name ?? `${run.scenarioName} · ${run.id.slice(-6)}`,
      scenarioName: run.scenarioName,
      status: run.status,
      createdAt: run.createdAt.toISOString(),
      isBaseline: (await findBaselineRunId(db, run.scenarioId)) === run.id,
      series: wholeSeconds(seconds, summary.durationSeconds).map((s) => ({
        second: s.second,
        rps: s.requests,
        p95: s.p95Ms,
      })),
    });
  }
  return { runs, rows: compareRuns(inputs, tolerances), tolerances };
}
