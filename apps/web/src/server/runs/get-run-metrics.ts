import { findRunMetricRows, findRunSeconds, getRunById, type Db } from "@stampede/db";
import { buildLivePoints } from "./build-live-points";

/** Everything recorded per second for a run: gauges, per-step rows (without histograms) and chart points. */
export async function getRunMetrics(db: Db, runId: string) {
  await getRunById(db, runId); // 404 for an unknown run, rather than empty arrays
  const [rows, seconds] = await Promise.all([findRunMetricRows(db, runId), findRunSeconds(db, runId)]);
  return {
    seconds: seconds.map(({ second, vus, iterations }) => ({ second, vus, iterations })),
    steps: rows.map(({ histogram: _h, histogramCorrected: _hc, runId: _runId, ...row }) => row),
    points: buildLivePoints(rows, seconds),
  };
}

/** Only the chart points (those after second `after`, when given); the SSE stream sends these as its backlog. */
export async function findRunPoints(db: Db, runId: string, after?: number) {
  const where = after === undefined ? {} : { second: { gte: after + 1 } };
  const [rows, seconds] = await Promise.all([findRunMetricRows(db, runId, where), findRunSeconds(db, runId, where)]);
  return buildLivePoints(rows, seconds);
}
