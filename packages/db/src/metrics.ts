import type { SecondRecord, StepSecondRecord } from "@stampede/metrics";
import type { TTokenSecond } from "@stampede/contracts";
import type { Db } from "./client";
import { Prisma } from "./generated/prisma/client";
import { findRunGeneratorSeconds, type RunGeneratorSecondRow } from "./generator-seconds";

/** One step of one run during one second, already merged across shards. */
export interface RunMetricRow extends StepSecondRecord {
  runId: string;
  second: number;
}

/** One run during one second: every step and shard merged. */
export interface RunSecondRow extends SecondRecord {
  runId: string;
}

/** What is stored for one second of a run: its step rows, its generator rows and, once written, its run-level row. */
export interface StoredSecond {
  steps: RunMetricRow[];
  second: RunSecondRow | undefined;
  /** Absent where a caller keeps no generator rows (tests' memory stores). */
  generators?: RunGeneratorSecondRow[];
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

/**
 * Writes merged rows. A row that exists is replaced: the caller has already added the stored figures to it
 * (see the worker's persistSeconds), so a late frame adds to its second and never overwrites it.
 */
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
    const data = { ...s, token: s.token ? (s.token as Prisma.InputJsonValue) : Prisma.DbNull };
    await db.runSecond.upsert({
      where: { runId_second: { runId: s.runId, second: s.second } },
      create: data,
      update: data,
    });
  }
}

/** A second, or a range of seconds (inclusive ends). */
export type SecondFilter = number | { gte?: number; lte?: number };

export async function findRunMetricRows(db: Db, runId: string, where: { step?: string; second?: SecondFilter } = {}) {
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
    histogramCorrected: r.histogramCorrected,
    p50Ms: r.p50Ms,
    p90Ms: r.p90Ms,
    p95Ms: r.p95Ms,
    p99Ms: r.p99Ms,
    maxMs: r.maxMs,
    meanMs: r.meanMs,
  }));
}

export async function findRunSeconds(db: Db, runId: string, where: { second?: SecondFilter } = {}) {
  // The merged histogram stays behind: charts and the live backlog read the figures; reports ask for it.
  const rows = await db.runSecond.findMany({
    where: { runId, ...where },
    orderBy: { second: "asc" },
    omit: { histogram: true },
  });
  return rows.map((r): RunSecondRow => ({ ...r, token: r.token as TTokenSecond | null }));
}

/** Everything stored for one second of a run (a late frame is added to it). */
export async function findStoredSecond(db: Db, runId: string, second: number): Promise<StoredSecond> {
  const [steps, seconds, generators] = await Promise.all([
    findRunMetricRows(db, runId, { second }),
    findRunSeconds(db, runId, { second }),
    findRunGeneratorSeconds(db, runId, { second }),
  ]);
  return { steps, second: seconds[0], generators };
}

/** The token provider's activity of each second of a run that had any (seconds without it are left out). */
export async function findRunTokenSeconds(db: Db, runId: string) {
  const rows = await db.runSecond.findMany({
    where: { runId, token: { not: Prisma.DbNull } },
    orderBy: { second: "asc" },
    select: { second: true, token: true },
  });
  return rows.map((r) => ({ second: r.second, ...(r.token as TTokenSecond) }));
}
