"use client";

import { isTerminalRunStatus, type TLivePoint } from "@stampede/contracts";
import { omissionWarning } from "@stampede/metrics/omission-warning";
import Link from "next/link";
import { describeLoad } from "@/lib/load-defaults";
import type { RunEventView, RunView } from "@/lib/run-view";
import type { ShardBreakdown } from "@/server/runs/shard-breakdown";
import { PageHeader } from "../card";
import { StatusBadge } from "../status-badge";
import { DistributionTable } from "./distribution-table";
import { RunActivity } from "./run-activity";
import { RunEvents } from "./run-events";
import { RunLivePanels } from "./run-live-panels";
import { RunSamples } from "./run-samples";
import { describeStarter } from "./started-by";
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
}) {
  const stream = useRunStream(props.initialRun.id, props.initialRun.status, props.initialPoints);
  const { run, events, shards } = useRunDetails(
    props.initialRun,
    props.initialEvents,
    props.initialShards,
    stream.status,
  );
  const terminal = isTerminalRunStatus(stream.status);
  const summary = terminal ? run.summary : null;
  const omission = summary ? omissionWarning(summary) : undefined;

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
      {run.error && (
        <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {run.error}
        </div>
      )}
      <div className="space-y-4">
        <RunLivePanels runId={run.id} points={stream.points} load={run.load} live={!terminal} summary={summary} />
        <DistributionTable breakdown={shards} />
        {summary && summary.droppedIterations > 0 && (
          <div
            role="status"
            className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          >
            <span data-testid="dropped-iterations">{summary.droppedIterations.toLocaleString("en-US")}</span> iterations
            were due but found no free VU and were dropped (counted, never sent). Raise max VUs to reach the target
            rate.
          </div>
        )}
        {omission && (
          <div
            role="status"
            data-testid="omission-warning"
            className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          >
            Latency corrected for coordinated omission: {omission}.
          </div>
        )}
        {summary?.generatorBound && (
          <div
            role="status"
            className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
          >
            The load generators ran above 85% CPU for much of this run: its figures measure them as much as the target.
            Add workers, or lower the load per worker.
          </div>
        )}
        <RunSamples runId={run.id} ready={terminal} />
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
