import {
  RUN_STATUSES,
  ZLoadConfig,
  ZRunSummary,
  type TLoadConfig,
  type TRunStatus,
  type TRunSummary,
} from "@stampede/contracts";

/** A run as the run page renders it; the same shape whether it came from a server component or fetch(). */
export interface RunView {
  id: string;
  scenarioId: string;
  scenarioName: string;
  status: TRunStatus;
  trigger: string;
  /** Who started it ("ana@example.com", "key ci-nightly"); null for runs from before anyone was recorded. */
  startedBy: string | null;
  /** When the starter confirmed the compliance statement. */
  complianceConfirmedAt: string | null;
  load: TLoadConfig | null;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  summary: TRunSummary | null;
  error: string | null;
  /** Why the run was stopped: who stopped it, or the stop condition that fired. */
  stopReason: string | null;
  /** Why a QUEUED run has not started ("waiting for generators (2 of 3 free)"). */
  waitingReason: string | null;
  /** A person's name for the run; null shows the scenario name. */
  name: string | null;
  notes: string;
}

/** A run event as the events list renders it. */
export interface RunEventView {
  id: string;
  at: string;
  kind: string;
  message: string;
}

type DateLike = Date | string;
interface RunLike {
  id: string;
  scenarioId: string;
  scenarioName: string;
  status: string;
  trigger: string;
  startedBy?: string | null;
  complianceConfirmedAt?: DateLike | null;
  load: unknown;
  createdAt: DateLike;
  startedAt: DateLike | null;
  endedAt: DateLike | null;
  summary: unknown;
  error: string | null;
  stopReason?: string | null;
  waitingReason?: string | null;
  name?: string | null;
  notes?: string;
}

const iso = (d: DateLike) => (typeof d === "string" ? d : d.toISOString());
const isoOrNull = (d: DateLike | null) => (d === null ? null : iso(d));

/** Normalises a run row (Dates) or its JSON (strings); JSON columns are parsed, unreadable ones become null. */
export function toRunView(run: RunLike): RunView {
  const load = ZLoadConfig.safeParse(run.load);
  const summary = ZRunSummary.safeParse(run.summary);
  return {
    id: run.id,
    scenarioId: run.scenarioId,
    scenarioName: run.scenarioName,
    status: (RUN_STATUSES as readonly string[]).includes(run.status) ? (run.status as TRunStatus) : "FAILED",
    trigger: run.trigger,
    startedBy: run.startedBy ?? null,
    complianceConfirmedAt: isoOrNull(run.complianceConfirmedAt ?? null),
    load: load.success ? load.data : null,
    createdAt: iso(run.createdAt),
    startedAt: isoOrNull(run.startedAt),
    endedAt: isoOrNull(run.endedAt),
    summary: summary.success ? summary.data : null,
    error: run.error,
    stopReason: run.stopReason ?? null,
    waitingReason: run.waitingReason ?? null,
    name: run.name ?? null,
    notes: run.notes ?? "",
  };
}

export function toRunEventView(event: {
  id: string | bigint;
  at: DateLike;
  kind: string;
  message: string;
}): RunEventView {
  return { id: String(event.id), at: iso(event.at), kind: event.kind, message: event.message };
}
