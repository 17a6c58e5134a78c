"use client";

import { type FlowApis, isTerminalRunStatus, type TLivePoint } from "@stampede/contracts";
import Link from "next/link";
import { useMemo } from "react";
import { describeLoad } from "@/lib/load-defaults";
import type { RunEventView, RunView } from "@/lib/run-view";
import type { ShardBreakdown } from "@/server/runs/shard-breakdown";
import type { ReportData } from "@/server/reports/report-data";
import { ReportSection } from "../report/report-section";
import { PageHeader } from "../card";
import { StatusBadge } from "../status-badge";
import { DistributionTable } from "./distribution-table";
import { FlowRatesTable } from "./flow-rates-table";
import { RunActivity } from "./run-activity";
import { RunEvents } from "./run-events";
import { RunInsights } from "./run-insights";
import { RunLivePanels } from "./run-live-panels";
import { RunSamples } from "./run-samples";
import { TokenPanel } from "./token-panel";
import { GeneratorsPanel } from "./generators-panel";
import { describeStarter } from "./started-by";
import { SpeedControl } from "./speed-control";
import { speedMarkers } from "./speed-markers";
import { StopReasonBanner } from "./stop-reason-banner";
import { IfCan } from "@/components/viewer-context";
import { StopRunButton } from "./stop-run-button";
import { useRunDetails } from "./use-run-details";
import { useRunStream } from "./use-run-stream";

/** The live run page: follows the stream, and reads the final summary once the run ends. */
export function RunDashboard(props: {
  initialRun: RunView;
  initialEvents: RunEventView[];
  initialShards: ShardBreakdown;
  initialPoints: TLivePoint[];
  /** The run's project, whose audit log the Activity card reads. */
  projectId: string;
  /** The flows of the run's scenario and their APIs (speed per flow, flow rates). */
  flows?: FlowApis[];
  /** The ended run's report, read from Postgres by the page; null while it runs. */
  report?: ReportData | null;
}) {
  const stream = useRunStream(props.initialRun.id, props.initialRun.status, props.initialPoints);
  const { run, events, shards, refresh } = useRunDetails(
    props.initialRun,
    props.initialEvents,
    props.initialShards,
    stream.status,
  );
  const terminal = isTerminalRunStatus(stream.status);
  const summary = terminal ? run.summary : null;
  const markers = useMemo(() => speedMarkers(events, run.startedAt), [events, run.startedAt]);
  // The APIs seen so far, for the samples' filter (a live point lists each step busy in its second).
  const stepNames = useMemo(
    () => [...new Set(stream.points.flatMap((p) => p.steps.map((s) => s.step)))],
    [stream.points],
  );

  return (
    <>
      <nav className="mb-2 text-sm text-slate-500">
        <Link href="/runs" className="hover:underline">
          Runs
        </Link>{" "}
        / <span className="font-mono text-slate-700">{run.id}</span>
      </nav>
      <PageHeader
        title={
          <span className="flex items-center gap-3">
            <Link href={`/scenarios/${run.scenarioId}`} className="hover:text-blue-700">
              {run.scenarioName}
            </Link>
            <StatusBadge status={stream.status} testId="run-status" />
          </span>
        }
        subtitle={
          <span className="flex flex-wrap gap-x-3">
            <span>{describeLoad(run.load)}</span>
            <span>trigger {run.trigger}</span>
            <span data-testid="run-started-by">{describeStarter(run)}</span>
            {!terminal && <LiveIndicator connected={stream.connected} />}
          </span>
        }
        actions={
          !terminal && (
            <IfCan permission="run">
              <StopRunButton runId={run.id} onStatus={stream.applyStatus} />
            </IfCan>
          )
        }
      />
      {stream.status === "QUEUED" && run.waitingReason && (
        <div
          role="status"
          data-testid="waiting-reason"
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          Not started yet: {run.waitingReason}.
        </div>
      )}
      <StopReasonBanner reason={run.stopReason} />
      {run.error && (
        <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {run.error}
        </div>
      )}
      <div className="space-y-4">
        {stream.status === "RUNNING" && run.load && (
          <IfCan permission="run">
            <SpeedControl
              runId={run.id}
              load={run.load}
              flows={props.flows ?? []}
              currentVus={stream.points.at(-1)?.vus}
              onChanged={refresh}
            />
          </IfCan>
        )}
        <ReportSection report={props.report ?? null} ended={terminal} />
        <RunLivePanels
          runId={run.id}
          points={stream.points}
          load={run.load}
          live={!terminal}
          summary={summary}
          markers={markers}
        />
        <FlowRatesTable load={run.load} flows={props.flows ?? []} points={stream.points} />
        <DistributionTable breakdown={shards} />
        <RunInsights runId={run.id} status={stream.status} />
        <TokenPanel runId={run.id} live={!terminal} />
        <GeneratorsPanel runId={run.id} live={!terminal} />
        <RunSamples runId={run.id} live={!terminal} steps={stepNames} />
        <RunEvents events={events} startedAt={run.startedAt} />
        <RunActivity projectId={props.projectId} runId={run.id} live={!terminal} />
      </div>
    </>
  );
}

function LiveIndicator({ connected }: { connected: boolean }) {
  return (
    <span className={`inline-flex items-center gap-1 ${connected ? "text-emerald-600" : "text-slate-400"}`}>
      <span className={`h-1.5 w-1.5 rounded-full ${connected ? "bg-emerald-500" : "bg-slate-300"}`} />
      {connected ? "live" : "connecting…"}
    </span>
  );
}
