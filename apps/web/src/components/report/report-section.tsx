"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ReportData } from "@/server/reports/report-data";
import { Card } from "../card";
import { useCan } from "../viewer-context";
import { BaselineControls } from "./baseline-button";
import { DeleteRunButton } from "./delete-run-button";
import { ExportButtons } from "./export-buttons";
import { summaryItems } from "./report-items";
import { ReportErrors, ReportGenerators, ReportPhasesTable, ReportStepsTable } from "./report-tables";
import { RunAgainButton } from "./run-again-button";
import { RunNameEditor } from "./run-name-editor";

/**
 * The report of an ended run, read from Postgres by the page (`report`): summary, actions (export, baseline,
 * run again, delete), name and notes, per-API and per-phase tables, error analysis (the page's Insights card
 * gives the hints). A run that ended while the page watched has no report yet: the page is re-read.
 */
export function ReportSection({ report, ended }: { report: ReportData | null; ended: boolean }) {
  const router = useRouter();
  const canEdit = useCan("edit");
  const canRun = useCan("run");
  const [rereads, setRereads] = useState(0);
  // The summary is written a moment after the status turns final: read the page again (a few times at most;
  // a failed run may never have one).
  const stale = ended && (!report || !report.figures) && rereads < 10;
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(() => {
      setRereads((n) => n + 1);
      router.refresh();
    }, 1000);
    return () => clearTimeout(timer);
  }, [stale, rereads, router]);
  if (!report || !ended) return null;
  const { run } = report;
  return (
    <section className="space-y-4" data-testid="run-report" aria-label="Report">
      <Card
        title="Report"
        actions={
          <div className="flex flex-wrap items-center justify-end gap-2">
            <ExportButtons runId={run.id} />
            <BaselineControls runId={run.id} baselineRunId={report.baselineRunId} canEdit={canEdit} />
            {canRun && run.load && (
              <RunAgainButton scenarioId={run.scenarioId} scenarioName={run.scenarioName} load={run.load} />
            )}
            {canEdit && <DeleteRunButton runId={run.id} label={run.name ?? run.id} goToList />}
          </div>
        }
      >
        <RunNameEditor runId={run.id} name={run.name} notes={run.notes} canEdit={canEdit} />
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 border-t border-slate-100 px-4 py-4 sm:grid-cols-4 lg:grid-cols-6">
          {summaryItems(report).map((item) => (
            <div key={item.id} className="min-w-0">
              <dt className="text-xs text-slate-500">{item.label}</dt>
              <dd
                className="text-sm font-semibold break-words text-slate-900 tabular-nums"
                data-testid={item.id}
                title={item.value}
              >
                {item.value}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <ReportStepsTable data={report} />
      <ReportPhasesTable data={report} />
      <ReportErrors data={report} />
      <ReportGenerators data={report} />
    </section>
  );
}
