import { isTerminalRunStatus, type TRunStatus } from "@stampede/contracts";
import { addRunEvent, finishRun, type PrismaClient } from "@stampede/db";
import { enqueueRunStart, RunChannel } from "@stampede/queue";
import type { RunControlQueue } from "@stampede/runs";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { computeRunSummary } from "../controller/run-summary";
import { controlJobStateOf } from "./control-job-state";
import { decideRepairs, type Repair, type RunFacts } from "./decide-repairs";

/**
 * The part of the generator registry the reconciler needs (GeneratorRegistry has it): who holds reservations
 * for which runs, and giving a run's back.
 */
export interface ReservationLedger {
  list(nowMs: number): Promise<Array<{ reservations: Array<{ runId: string }> }>>;
  release(runId: string): Promise<number>;
}

/** What one reconciler pass works on; the caller owns the connections. */
export interface ReconcilerDeps {
  db: PrismaClient;
  /** A command connection (the stop flag and live channel). */
  redis: Redis;
  prefix: string;
  runControlQueue: RunControlQueue;
  /** Absent: reservations are not checked (a process without the generator registry). */
  reservations?: ReservationLedger;
  logger: Logger;
  now?: () => number;
}

/** What a pass did, for its log line and for tests. */
export interface ReconcileReport {
  repairs: Array<{ runId: string; repair: Repair }>;
  releasedRuns: string[];
}

/**
 * One reconciler pass: every run whose row is not terminal is compared with Redis and repaired (see
 * decideRepairs); then every reservation held for a terminal run is released. A run that fails to repair is
 * logged and left for the next pass, so one bad run never blocks the others.
 */
export async function reconcileRuns(deps: ReconcilerDeps): Promise<ReconcileReport> {
  const now = deps.now ?? Date.now;
  const runs = await deps.db.run.findMany({
    where: { status: { in: ["QUEUED", "RUNNING", "STOPPING"] } },
    select: { id: true, status: true, createdAt: true, startedAt: true, load: true },
  });
  const report: ReconcileReport = { repairs: [], releasedRuns: [] };
  for (const run of runs) {
    try {
      const state = await controlJobStateOf(deps.runControlQueue, run.id);
      for (const repair of decideRepairs(run, state, now())) {
        await applyRepair(deps, run, repair);
        report.repairs.push({ runId: run.id, repair });
        deps.logger.warn({ runId: run.id, controlJob: state, repair }, "reconciler repaired a run");
      }
    } catch (err) {
      deps.logger.error({ runId: run.id, err }, "reconciler could not repair a run; trying again next pass");
    }
  }
  if (deps.reservations) report.releasedRuns = await releaseFinishedRuns(deps, deps.reservations, now());
  return report;
}

async function applyRepair(deps: ReconcilerDeps, run: RunFacts, repair: Repair): Promise<void> {
  const channel = new RunChannel(deps.redis, deps.prefix, run.id);
  switch (repair.kind) {
    case "republish-stop":
      await channel.requestStop();
      return;
    case "enqueue-control": {
      // A finished job keeps its id: adding a job with that id again would be a silent no-op.
      if (repair.removeFinishedJob) await (await deps.runControlQueue.getJob(run.id))?.remove();
      await enqueueRunStart(deps.runControlQueue, run.id);
      await addRunEvent(
        deps.db,
        run.id,
        "run.reconciled",
        `no controller had the ${run.status} run; the reconciler handed it to the controllers again`,
      );
      return;
    }
    case "finish": {
      // Whatever still generates load for it stops now; the summary is what was persisted.
      await channel.requestStop();
      const summary = run.startedAt
        ? await computeRunSummary(deps.db, run.id, await persistedSecondsOf(deps.db, run.id))
        : undefined;
      await finishRun(deps.db, run.id, {
        status: repair.status,
        summary,
        error: repair.status === "FAILED" ? repair.reason : undefined,
      });
      await addRunEvent(deps.db, run.id, `run.${repair.status.toLowerCase()}`, `reconciler: ${repair.reason}`);
      await channel.publishLive({ type: "status", status: repair.status });
      await deps.reservations?.release(run.id);
      return;
    }
  }
}

/** How long the run measured: up to its last persisted second (the controller that would know is gone). */
async function persistedSecondsOf(db: PrismaClient, runId: string): Promise<number> {
  const last = await db.runSecond.findFirst({
    where: { runId },
    orderBy: { second: "desc" },
    select: { second: true },
  });
  return last ? last.second + 1 : 0;
}

/** Releases the reservations of runs that are terminal (or gone): their controller ended without doing it. */
async function releaseFinishedRuns(deps: ReconcilerDeps, ledger: ReservationLedger, nowMs: number) {
  const held = new Set((await ledger.list(nowMs)).flatMap((g) => g.reservations.map((r) => r.runId)));
  if (held.size === 0) return [];
  const rows = await deps.db.run.findMany({ where: { id: { in: [...held] } }, select: { id: true, status: true } });
  const statusOf = new Map<string, TRunStatus>(rows.map((r) => [r.id, r.status]));
  const released: string[] = [];
  for (const runId of held) {
    const status = statusOf.get(runId);
    if (status !== undefined && !isTerminalRunStatus(status)) continue;
    await ledger.release(runId);
    released.push(runId);
  }
  return released;
}
