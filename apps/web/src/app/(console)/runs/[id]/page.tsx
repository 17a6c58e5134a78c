import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isTerminalRunStatus } from "@stampede/contracts";
import { NotFoundError } from "@stampede/db";
import { ViewerProvider } from "@/components/viewer-context";
import { RunDashboard } from "@/components/run/run-dashboard";
import { getDb } from "@/lib/db";
import { toRunEventView, toRunView } from "@/lib/run-view";
import { getRunDetail } from "@/server/runs/get-run-detail";
import { findRunPoints } from "@/server/runs/get-run-metrics";
import { findRunFlows } from "@/server/runs/find-run-flows";
import { requireProjectRole } from "@/server/auth/page-viewer";
import { getReportData } from "@/server/reports/report-data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Run" };

async function loadRun(id: string) {
  try {
    return await getRunDetail(getDb(), id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** First paint from Postgres (so a finished run needs no stream); the dashboard then follows the stream. */
export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { run, events, shards } = await loadRun(id);
  const project = await requireProjectRole(run.projectId);
  const points = await findRunPoints(getDb(), id);
  const flows = await findRunFlows(getDb(), id);
  const report = isTerminalRunStatus(run.status) ? await getReportData(getDb(), id) : null;
  // The run's own project decides what this user may do here (it need not be the one the console shows).
  return (
    <ViewerProvider value={{ email: "", role: project.role }}>
      <RunDashboard
        initialRun={toRunView(run)}
        initialEvents={events.map(toRunEventView)}
        initialShards={shards}
        initialPoints={points}
        projectId={project.id}
        flows={flows}
        report={report}
      />
    </ViewerProvider>
  );
}
