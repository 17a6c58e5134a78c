import type { Db } from "@stampede/db";

/** The CSV export's columns: one row per API per second. */
export const CSV_COLUMNS = [
  "second",
  "step",
  "requests",
  "failures",
  "p50_ms",
  "p90_ms",
  "p95_ms",
  "p99_ms",
  "max_ms",
  "mean_ms",
  "bytes_sent",
  "bytes_received",
  "checks_passed",
  "checks_failed",
  "status_codes",
  "errors",
] as const;

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `{"200": 10, "401": 2}` → `200:10 401:2`: one field, readable, no commas. */
const counts = (record: unknown) =>
  Object.entries((record ?? {}) as Record<string, number>)
    .map(([k, v]) => `${k}:${v}`)
    .join(" ");

/**
 * The per-second per-API series of a run as CSV (header first), read straight from the stored rows; the
 * histograms stay behind (the percentiles stored beside them are exact per second).
 */
export async function exportRunCsv(db: Db, runId: string): Promise<string> {
  const rows = await db.runMetric.findMany({
    where: { runId },
    orderBy: [{ second: "asc" }, { step: "asc" }],
    omit: { histogram: true, histogramCorrected: true },
  });
  const lines = [CSV_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push(
      [
        r.second,
        r.step,
        r.requests,
        r.failures,
        r.p50Ms,
        r.p90Ms,
        r.p95Ms,
        r.p99Ms,
        r.maxMs,
        r.meanMs,
        r.bytesSent.toString(),
        r.bytesReceived.toString(),
        r.checksPassed,
        r.checksFailed,
        counts(r.statusCodes),
        counts(r.errors),
      ]
        .map(field)
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}
