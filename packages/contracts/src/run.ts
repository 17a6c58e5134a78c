export const RUN_STATUSES = ["QUEUED", "RUNNING", "STOPPING", "FINISHED", "STOPPED", "FAILED"] as const;
export type TRunStatus = (typeof RUN_STATUSES)[number];

/** Statuses a run never leaves. */
export const TERMINAL_RUN_STATUSES: readonly TRunStatus[] = ["FINISHED", "STOPPED", "FAILED"];

export function isTerminalRunStatus(status: string): boolean {
  return (TERMINAL_RUN_STATUSES as readonly string[]).includes(status);
}

/** What every start path has its starter confirm (the API records when, as the run's complianceConfirmedAt). */
export const COMPLIANCE_STATEMENT = "this test is permitted and complies with the applicable laws and regulations";

export const RUN_TRIGGERS = ["MANUAL", "API", "SCHEDULE"] as const;
export type TRunTrigger = (typeof RUN_TRIGGERS)[number];
