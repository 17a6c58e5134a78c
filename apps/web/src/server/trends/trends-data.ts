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
      p95Ms: f.p95Ms,
      p99Ms: f.p99Ms,
      errorRate: f.errorRate,
      tps: f.tps,
    });
  }
  return { scenarioId, baselineRunId: await findBaselineRunId(db, scenarioId), points };
}
