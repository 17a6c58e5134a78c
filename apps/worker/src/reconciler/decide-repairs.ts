import type { TRunStatus } from "@stampede/contracts";

/** How long past its planned end a run may stay non-terminal before the reconciler ends it, whatever happened. */
export const OVERDUE_GRACE_MS = 2 * 60_000;
/** How long a QUEUED run waits for generators when its load does not say (`waitTimeoutSeconds`). */
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;

/** A run's row, as much of it as the reconciler judges by. */
export interface RunFacts {
  id: string;
  status: TRunStatus;
  createdAt: Date;
  startedAt: Date | null;
  /** The run's load settings as stored (JSON); only its durations are read. */
  load: unknown;
}

/**
 * Where the run's control job (jobId = run id) stands in BullMQ: one of its states, or "missing" when Redis
 * has no such job (it was never added, or Redis lost it).
 */
export type ControlJobState = "waiting" | "active" | "delayed" | "prioritized" | "completed" | "failed" | "missing";

/** One thing the reconciler does to bring a run's row and reality together. */
export type Repair =
  /** No controller has the run: add its control job again (removing a finished job of that id first). */
  | { kind: "enqueue-control"; removeFinishedJob: boolean }
  /** The row says STOPPING: say stop again, for a stop accepted while Redis was down. */
  | { kind: "republish-stop" }
  /** Past every grace: end the run with the summary from what is stored. */
  | { kind: "finish"; status: "STOPPED" | "FAILED"; reason: string };

const CONTROLLER_ALIVE: ReadonlySet<ControlJobState> = new Set(["waiting", "active", "delayed", "prioritized"]);

/**
 * What a run's row and Redis disagree on, and the repairs for it (pure: the caller reads the facts and applies
 * the repairs). Terminal runs need nothing. A run past its deadline is ended; before it, a run no controller
 * holds gets its control job back (a resumed controller continues the stored plan), and a STOPPING run hears
 * its stop again.
 */
export function decideRepairs(run: RunFacts, controlJob: ControlJobState, nowMs: number): Repair[] {
  if (run.status !== "QUEUED" && run.status !== "RUNNING" && run.status !== "STOPPING") return [];
  const stopping = run.status === "STOPPING";
  if (nowMs > deadlineOf(run)) {
    return [
      stopping
        ? { kind: "finish", status: "STOPPED", reason: "stopped; no controller finished the run" }
        : { kind: "finish", status: "FAILED", reason: overdueReason(run) },
    ];
  }
  const repairs: Repair[] = [];
  if (stopping) repairs.push({ kind: "republish-stop" });
  if (!CONTROLLER_ALIVE.has(controlJob)) {
    repairs.push({ kind: "enqueue-control", removeFinishedJob: controlJob !== "missing" });
  }
  return repairs;
}

/**
 * When the run must be terminal at the latest: its planned end plus the grace; for a run that never started,
 * its creation plus the time it may wait for generators plus the grace.
 */
export function deadlineOf(run: RunFacts): number {
  if (run.startedAt === null) {
    return run.createdAt.getTime() + waitTimeoutSecondsOf(run.load) * 1000 + OVERDUE_GRACE_MS;
  }
  return run.startedAt.getTime() + plannedSecondsOf(run.load) * 1000 + OVERDUE_GRACE_MS;
}

function overdueReason(run: RunFacts): string {
  return run.startedAt === null
    ? "no controller started the run before its wait for generators ran out"
    : "no controller finished the run";
}

/** The run's planned length: its duration, or its stages' total when that is longer. */
function plannedSecondsOf(load: unknown): number {
  const duration = numberField(load, "durationSeconds") ?? 0;
  const stages = isRecord(load) && Array.isArray(load.stages) ? load.stages : [];
  const staged = stages.reduce<number>((sum, s) => sum + (numberField(s, "durationSeconds") ?? 0), 0);
  return Math.max(duration, staged);
}

function waitTimeoutSecondsOf(load: unknown): number {
  return numberField(load, "waitTimeoutSeconds") ?? DEFAULT_WAIT_TIMEOUT_SECONDS;
}

function numberField(value: unknown, field: string): number | undefined {
  if (!isRecord(value)) return undefined;
  const found = value[field];
  return typeof found === "number" && Number.isFinite(found) ? found : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
