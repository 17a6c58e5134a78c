import { ZRunSummary } from "@stampede/contracts";
import { type Db, findBaselineRunId } from "@stampede/db";
import { summaryFigures } from "@stampede/metrics";

/** One ended run on the trend lines. */
export interface TrendPoint {
  runId: string;
  /** When the run ended (ISO). */
  at: string;
  status: string;
  trigger: string;
  scheduled: boolean;
  /**
   * A scheduled run's comparison with the scenario's baseline, made when it ended: true when it regressed,
   * false when within the project's tolerances, null when not compared (not scheduled, or no baseline then).
   */
  regression: boolean | null;
  p95Ms: number;
  p99Ms: number;
  errorRate: number;
  tps: number;
}

export interface Trends {
  scenarioId: string;
  baselineRunId: string | null;
  points: TrendPoint[];
}

/** How many of the latest ended runs the trend shows. */
const TREND_RUNS = 200;

/** The scenario's ended runs with a summary, oldest first: p95, p99, error rate and TPS per run. */
export async function getTrends(db: Db, scenarioId: string): Promise<Trends> {
  const runs = await db.run.findMany({
    where: { scenarioId, status: { in: ["FINISHED", "FAILED", "STOPPED"] }, endedAt: { not: null } },
    orderBy: { endedAt: "desc" },
    take: TREND_RUNS,
    select: { id: true, endedAt: true, status: true, trigger: true, scheduleId: true, summary: true },
  });
  const fires = await db.scheduleFire.findMany({
    where: { runId: { in: runs.map((r) => r.id) }, regression: { not: null } },
    select: { runId: true, regression: true },
  });
  const regressionOf = new Map(fires.map((f) => [f.runId, f.regression]));
  const points: TrendPoint[] = [];
  for (const run of runs.reverse()) {
    const summary = ZRunSummary.safeParse(run.summary);
    if (!summary.success) continue;
    const f = summaryFigures(summary.data, summary.data.durationSeconds);
    points.push({
      runId: run.id,
      at: run.endedAt!.toISOString(),
      status: run.status,
      trigger: run.trigger,
      scheduled: run.trigger === "SCHEDULE" || run.scheduleId !== null,
      regression: regressionOf.get(run.id) ?? null,
      p95Ms: f.p95Ms,
      p99Ms: f.p99Ms,
      errorRate: f.errorRate,
      tps: f.tps,
    });
  }
  return { scenarioId, baselineRunId: await findBaselineRunId(db, scenarioId), points };
}
