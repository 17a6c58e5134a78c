export const RUN_STATUSES = ["QUEUED", "RUNNING", "STOPPING", "FINISHED", "STOPPED", "FAILED"] as const;
export type TRunStatus = (typeof RUN_STATUSES)[number];

/** Statuses a run never leaves. */
export const TERMINAL_RUN_STATUSES: readonly TRunStatus[] = ["FINISHED", "STOPPED", "FAILED"];

export function isTerminalRunStatus(status: string): boolean {
  return (TERMINAL_RUN_STATUSES as readonly string[]).includes(status);
}

export const RUN_TRIGGERS = ["MANUAL", "API", "SCHEDULE"] as const;
export type TRunTrigger = (typeof RUN_TRIGGERS)[number];
