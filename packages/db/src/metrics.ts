import type { Db } from "./client";
import type { Prisma } from "./generated/prisma/client";

/** One step of one run during one second, already merged across shards. */
export interface RunMetricRow {
  runId: string;
  second: number;
  step: string;
  requests: number;
  failures: number;
  statusCodes: Record<string, number>;
  errors: Record<string, number>;
  bytesSent: number;
  bytesReceived: number;
  checksPassed: number;
  checksFailed: number;
  histogram: string;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export interface RunSecondRow {
  runId: string;
  second: number;
  vus: number;
  iterations: number;
  droppedIterations: number;
  generatorCpu: number | null;
  requests: number;
  failures: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

function toData(row: RunMetricRow) {
  return {
    ...row,
    statusCodes: row.statusCodes as Prisma.InputJsonValue,
    errors: row.errors as Prisma.InputJsonValue,
    bytesSent: BigInt(Math.round(row.bytesSent)),
    bytesReceived: BigInt(Math.round(row.bytesReceived)),
  };
}

/** Writes merged rows; a row that exists (a late frame) is replaced by the caller's re-merged one. */
export async function saveRunMetrics(db: Db, rows: RunMetricRow[], seconds: RunSecondRow[]) {
  for (const row of rows) {
    const data = toData(row);
    await db.runMetric.upsert({
      where: { runId_step_second: { runId: row.runId, step: row.step, second: row.second } },
      create: data,
      update: data,
    });
  }
  for (const s of seconds) {
    await db.runSecond.upsert({
      where: { runId_second: { runId: s.runId, second: s.second } },
      create: s,
      update: s,
    });
  }
}

export async function findRunMetricRows(db: Db, runId: string, where: { step?: string; second?: number } = {}) {
  const rows = await db.runMetric.findMany({
    where: { runId, ...where },
    orderBy: [{ second: "asc" }, { step: "asc" }],
  });
  return rows.map((r): RunMetricRow => ({
    runId: r.runId,
    second: r.second,
    step: r.step,
    requests: r.requests,
    failures: r.failures,
    statusCodes: r.statusCodes as Record<string, number>,
    errors: r.errors as Record<string, number>,
    bytesSent: Number(r.bytesSent),
    bytesReceived: Number(r.bytesReceived),
    checksPassed: r.checksPassed,
    checksFailed: r.checksFailed,
    histogram: r.histogram,
    p50Ms: r.p50Ms,
    p90Ms: r.p90Ms,
    p95Ms: r.p95Ms,
    p99Ms: r.p99Ms,
    maxMs: r.maxMs,
    meanMs: r.meanMs,
  }));
}

export async function findRunSeconds(db: Db, runId: string, where: { second?: number } = {}) {
  const rows = await db.runSecond.findMany({ where: { runId, ...where }, orderBy: { second: "asc" } });
  return rows as RunSecondRow[];
}
