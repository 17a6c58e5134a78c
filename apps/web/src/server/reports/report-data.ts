import { isDeepStrictEqual } from "node:util";
import {
  maxVusOf,
  type TLatencySummary,
  type TLoadConfig,
  type TRunSummary,
  type TStepSummary,
  ZLoadConfig,
  ZRunSummary,
} from "@stampede/contracts";
import { findBaselineRunId, findRunEvents, getRunById, type Db } from "@stampede/db";
import type { TInsight } from "@stampede/metrics";
import { describeLoad } from "@/lib/load-defaults";
import { getRunInsights } from "@/server/runs/get-run-insights";
import { getRunTokenActivity } from "@/server/runs/get-run-token";
import { analyzeErrors, type ErrorKindRow, type StatusRow } from "./report-errors";
import { findGeneratorHealth, type GeneratorHealth } from "./report-generators";
import { measurePhaseTotals, type PhaseRow, toPhaseRows } from "./report-phases";

/** One second of the run, all APIs merged: what the report's charts draw. */
export interface ReportSecond {
  second: number;
  requests: number;
  failures: number;
  vus: number;
  p50: number;
  p95: number;
  p99: number;
  p99Corrected: number | null;
}

/** The headline figures of a finished run. */
export interface ReportFigures {
  durationSeconds: number;
  requests: number;
  failures: number;
  /** Percent of requests that succeeded. */
  successRate: number;
  avgTps: number;
  peakTps: number;
  iterations: number;
  droppedIterations: number;
  dataSent: number;
  dataReceived: number;
  vusMax: number;
  latency: TLatencySummary;
  latencyCorrected: TLatencySummary | null;
}

/** Everything a run's report shows, from Postgres only: the page, the JSON/CSV/HTML exports read this. */
export interface ReportData {
  run: {
    id: string;
    name: string | null;
    notes: string;
    scenarioId: string;
    scenarioName: string;
    status: string;
    trigger: string;
    startedBy: string | null;
    createdAt: string;
    startedAt: string | null;
    endedAt: string | null;
    stopReason: string | null;
    error: string | null;
    load: TLoadConfig | null;
    loadText: string;
  };
  /** The scenario's current version, and whether it was edited after this run (then the run ran an older one). */
  scenarioVersion: { version: number; editedSince: boolean } | null;
  isBaseline: boolean;
  /** The scenario's baseline run (this one or another), for "Compare with baseline". */
  baselineRunId: string | null;
  /** Null until the run has ended and its summary is written. */
  figures: ReportFigures | null;
  steps: TStepSummary[];
  phases: PhaseRow[];
  errors: { kinds: ErrorKindRow[]; statuses: StatusRow[] };
  series: ReportSecond[];
  /** Each load generator's VUs, CPU and memory over the run. */
  generators: GeneratorHealth[];
  events: { at: string; kind: string; message: string }[];
  /** Plain-language hints with their figures (the same the run page and the CLI give). */
  insights: TInsight[];
  /** The token provider's activity over the run; null when the scenario has none. */
  token: TokenTotals | null;
}

/** A token provider's activity added up over a run. */
export interface TokenTotals {
  fetches: number;
  refreshesAhead: number;
  refreshesOnRejection: number;
  errors: number;
  /** The oldest a token in use got, in seconds. */
  maxAgeSeconds: number | null;
}

async function tokenTotalsOf(db: Db, runId: string): Promise<TokenTotals | null> {
  const activity = await getRunTokenActivity(db, runId);
  if (!activity.tokenProvider) return null;
  const totals: TokenTotals = {
    fetches: 0,
    refreshesAhead: 0,
    refreshesOnRejection: 0,
    errors: 0,
    maxAgeSeconds: null,
  };
  for (const s of activity.seconds) {
    totals.fetches += s.fetches;
    totals.refreshesAhead += s.refreshesAhead;
    totals.refreshesOnRejection += s.refreshesOnRejection;
    totals.errors += s.errors;
    if (s.ageSeconds !== null) totals.maxAgeSeconds = Math.max(totals.maxAgeSeconds ?? 0, s.ageSeconds);
  }
  return totals;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function figuresOf(summary: TRunSummary, series: ReportSecond[], load: TLoadConfig | null): ReportFigures {
  // The last second is partial (the run ended inside it): it would understate nothing but could spike, so
  // peak TPS is over whole seconds where there are more than two.
  const whole = series.length > 2 ? series.slice(0, -1) : series;
  const sum = (pick: (s: TStepSummary) => number) => summary.steps.reduce((n, s) => n + pick(s), 0);
  return {
    durationSeconds: summary.durationSeconds,
    requests: summary.requests,
    failures: summary.failures,
    successRate: summary.requests
      ? Math.round(((summary.requests - summary.failures) / summary.requests) * 10000) / 100
      : 0,
    avgTps: summary.rps,
    peakTps: Math.max(0, ...whole.map((s) => s.requests)),
    iterations: summary.iterations,
    droppedIterations: summary.droppedIterations,
    dataSent: sum((s) => s.bytesSent),
    dataReceived: sum((s) => s.bytesReceived),
    vusMax: Math.max(load ? maxVusOf(load) : 0, ...series.map((s) => s.vus)),
    latency: summary.latency,
    latencyCorrected: summary.latencyCorrected ?? null,
  };
}

/**
 * The scenario version the run ran. A run keeps a copy of the spec, not its version number: when the copy is
 * the scenario's current spec it ran the current version; otherwise the scenario has been edited since.
 */
async function scenarioVersionOf(db: Db, scenarioId: string, snapshot: unknown) {
  const scenario = await db.scenario.findUnique({ where: { id: scenarioId }, select: { version: true, spec: true } });
  if (!scenario) return null;
  return { version: scenario.version, editedSince: !isDeepStrictEqual(scenario.spec, snapshot) };
}

/** The report of a run. A run without a summary yet (still going) has no figures and no phases. */
export async function getReportData(db: Db, runId: string): Promise<ReportData> {
  const run = await getRunById(db, runId);
  const parsedLoad = ZLoadConfig.safeParse(run.load);
  const load = parsedLoad.success ? parsedLoad.data : null;
  const parsedSummary = ZRunSummary.safeParse(run.summary);
  const summary = parsedSummary.success ? parsedSummary.data : null;
  const [rows, events, baselineRunId, scenarioVersion, measured, generators, insights, token] = await Promise.all([
    db.runSecond.findMany({
      where: { runId },
      orderBy: { second: "asc" },
      select: {
        second: true,
        requests: true,
        failures: true,
        vus: true,
        p50Ms: true,
        p95Ms: true,
        p99Ms: true,
        p99CorrectedMs: true,
      },
    }),
    findRunEvents(db, runId),
    findBaselineRunId(db, run.scenarioId),
    scenarioVersionOf(db, run.scenarioId, run.scenarioSnapshot),
    summary && load ? measurePhaseTotals(db, runId, load, summary) : [],
    findGeneratorHealth(db, runId),
    getRunInsights(db, runId),
    tokenTotalsOf(db, runId),
  ]);
  const series: ReportSecond[] = rows.map((r) => ({
    second: r.second,
    requests: r.requests,
    failures: r.failures,
    vus: r.vus,
    p50: r.p50Ms,
    p95: r.p95Ms,
    p99: r.p99Ms,
    p99Corrected: r.p99CorrectedMs,
  }));
  const phases = toPhaseRows(measured, series);
  return {
    run: {
      id: run.id,
      name: run.name,
      notes: run.notes,
      scenarioId: run.scenarioId,
      scenarioName: run.scenarioName,
      status: run.status,
      trigger: run.trigger,
      startedBy: run.startedBy,
      createdAt: run.createdAt.toISOString(),
      startedAt: iso(run.startedAt),
      endedAt: iso(run.endedAt),
      stopReason: run.stopReason,
      error: run.error,
      load,
      loadText: describeLoad(load),
    },
    scenarioVersion,
    isBaseline: baselineRunId === run.id,
    baselineRunId,
    figures: summary ? figuresOf(summary, series, load) : null,
    steps: summary?.steps ?? [],
    phases,
    errors: analyzeErrors(summary?.steps ?? []),
    series,
    generators,
    events: events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, message: e.message })),
    insights,
    token,
  };
}
