import type { Db } from "@stampede/db";
import { z } from "zod";
import { getRunSummary } from "../runs/get-run-summary";
import { exportRunCsv } from "./export-csv";
import { renderHtmlReport } from "./html/render-html-report";
import { getReportData } from "./report-data";

/** The export formats: k6-style JSON summary, per-second CSV, self-contained HTML report. */
export const ZExportFormat = z.enum(["json", "csv", "html"]);

/** Query of GET /runs/:id/export. */
export const ZExportQuery = z.object({ format: ZExportFormat });
export type TExportFormat = z.infer<typeof ZExportFormat>;

const TYPES: Record<TExportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  html: "text/html; charset=utf-8",
};

/** A download of a run's report in one format, with a file name naming the run. */
export async function exportRun(db: Db, runId: string, format: TExportFormat): Promise<Response> {
  let body: string;
  if (format === "json") {
    // The k6-style summary (409 while the run goes on), plus what the report adds: the run's name and notes,
    // why it stopped, and the load phases.
    const [summary, report] = await Promise.all([getRunSummary(db, runId), getReportData(db, runId)]);
    body = `${JSON.stringify(
      {
        ...summary,
        name: report.run.name,
        notes: report.run.notes,
        stop_reason: report.run.stopReason,
        phases: report.phases,
      },
      null,
      2,
    )}\n`;
  } else if (format === "csv") {
    body = await exportRunCsv(db, runId);
  } else {
    body = renderHtmlReport(await getReportData(db, runId));
  }
  return new Response(body, {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="stampede-run-${runId}.${format}"`,
    },
  });
}
