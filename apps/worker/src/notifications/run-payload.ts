import {
  type TNotificationComparison,
  type TNotificationEvent,
  type TNotificationPayload,
  ZRunSummary,
} from "@stampede/contracts";
import { findBaselineRunId, getCompareTolerances, type PrismaClient } from "@stampede/db";
import { compareRuns, summaryFigures } from "@stampede/metrics";

/** What an ended run notifies: its payload and the events it stands for (a regression adds one). */
export interface RunNotification {
  payload: TNotificationPayload;
  events: TNotificationEvent[];
  scenarioId: string;
  scheduleId: string | null;
}

/** The run's event by how it ended; a stop condition's stop differs from a person's. */
function endEvent(status: string, stoppedByCondition: boolean): TNotificationEvent | null {
  if (status === "FINISHED") return "run.finished";
  if (status === "FAILED") return "run.failed";
  if (status === "STOPPED" && stoppedByCondition) return "run.stopped_by_condition";
  return null;
}

/** Compares the run with its scenario's baseline under the project's tolerances; null without a baseline. */
async function compareWithBaseline(
  db: PrismaClient,
  run: { id: string; projectId: string; scenarioId: string },
  summary: ReturnType<typeof ZRunSummary.parse>,
): Promise<TNotificationComparison | null> {
  const baselineRunId = await findBaselineRunId(db, run.scenarioId);
  if (!baselineRunId || baselineRunId === run.id) return null;
  const baseline = await db.run.findUnique({ where: { id: baselineRunId }, select: { summary: true } });
  const baseSummary = ZRunSummary.safeParse(baseline?.summary);
  if (!baseSummary.success) return null;
  const tolerances = await getCompareTolerances(db, run.projectId);
  const [total] = compareRuns(
    [
      { id: baselineRunId, total: summaryFigures(baseSummary.data, baseSummary.data.durationSeconds), steps: {} },
      { id: run.id, total: summaryFigures(summary, summary.durationSeconds), steps: {} },
    ],
    tolerances,
  );
  const cell = total!.cells[1]!;
  return {
    baselineRunId,
    regression: cell.regressions.length > 0,
    regressions: cell.regressions,
    change: { tps: cell.change.tps, p95: cell.change.p95, p99: cell.change.p99, errorRate: cell.change.errorRate },
  };
}

/** Builds an ended run's notification; null when the run has no summary or ended in a way nobody is told of. */
export async function runNotification(
  db: PrismaClient,
  runId: string,
  now = new Date(),
): Promise<RunNotification | null> {
  const run = await db.run.findUnique({ where: { id: runId } });
  if (!run) return null;
  const summary = ZRunSummary.safeParse(run.summary);
  const stoppedByCondition =
    run.status === "STOPPED" && (await db.runEvent.count({ where: { runId, kind: "stop_condition.stop" } })) > 0;
  const event = endEvent(run.status, stoppedByCondition);
  if (!event) return null;
  const figures = summary.success
    ? summaryFigures(summary.data, summary.data.durationSeconds)
    : { requests: 0, errorRate: 0, p95Ms: 0, p99Ms: 0, tps: 0 };
  const comparison =
    summary.success && run.status === "FINISHED" ? await compareWithBaseline(db, run, summary.data) : null;
  const events: TNotificationEvent[] = [event];
  if (comparison?.regression) events.push("run.regression");
  return {
    scenarioId: run.scenarioId,
    scheduleId: run.scheduleId,
    events,
    payload: {
      event,
      at: now.toISOString(),
      projectId: run.projectId,
      run: {
        id: run.id,
        scenarioId: run.scenarioId,
        scenarioName: run.scenarioName,
        status: run.status,
        stopReason: run.stopReason,
        error: run.error,
        scheduleId: run.scheduleId,
        figures: {
          requests: figures.requests,
          errorRate: figures.errorRate,
          p95Ms: figures.p95Ms,
          p99Ms: figures.p99Ms,
          tps: figures.tps,
        },
        link: `/runs/${run.id}`,
        comparison,
      },
    },
  };
}
