import type { TRecordedExchange, TRecorder } from "@stampede/recorder";

/** One captured request as the Record page lists it. */
export interface TCapturedRow {
  seq: number;
  method: string;
  url: string;
  /** Absent when the exchange got no response. */
  status?: number;
  durationMs: number;
  startedAt: string;
  error?: string;
}

/** A recording of one project: its proxy while it runs, and what it captured. */
export interface TRecordingSession {
  id: string;
  projectId: string;
  startedBy: string;
  startedAt: Date;
  hosts: string[];
  recorder: TRecorder;
  stoppedAt?: Date;
  /** Called with each captured row while the recording runs, and once with `undefined` when it stops. */
  listeners: Set<(row: TCapturedRow | undefined) => void>;
}

/**
 * Recordings live in the console's memory, not in Postgres: one lasts minutes, its proxy is a socket of this
 * process, and its HAR is wanted once, by the import that follows. A restart loses them, and the proxies stop
 * with the process (their sockets are its own; no handler here, so the console's own SIGTERM handling stays).
 * Kept on globalThis so every route bundle of the server process sees the same sessions.
 */
const registry = globalThis as typeof globalThis & { __stampedeRecordings?: Map<string, TRecordingSession> };
export const recordingSessions: Map<string, TRecordingSession> = (registry.__stampedeRecordings ??= new Map());

/** How long a stopped recording's HAR stays available for the import page. */
export const STOPPED_RECORDING_TTL_MS = 60 * 60 * 1000;

export function toCapturedRow(exchange: TRecordedExchange): TCapturedRow {
  return {
    seq: exchange.seq,
    method: exchange.request.method,
    url: exchange.request.url,
    ...(exchange.response ? { status: exchange.response.status } : {}),
    durationMs: Math.round(exchange.durationMs),
    startedAt: new Date(exchange.startedAtMs).toISOString(),
    ...(exchange.error ? { error: exchange.error } : {}),
  };
}

/** Drops stopped recordings older than the TTL; called whenever a recording starts. */
export function forgetOldRecordings(now: Date): void {
  for (const [id, session] of recordingSessions) {
    if (session.stoppedAt && now.getTime() - session.stoppedAt.getTime() > STOPPED_RECORDING_TTL_MS) {
      recordingSessions.delete(id);
    }
  }
}

/** The project's recording that is still running, if any. */
export function runningRecording(projectId: string): TRecordingSession | undefined {
  return [...recordingSessions.values()].find((s) => s.projectId === projectId && !s.stoppedAt);
}
