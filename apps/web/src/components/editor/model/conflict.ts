import { formatDateTime } from "@/lib/format";

/** A 409 from saving a scenario someone else saved since this page loaded it (ScenarioConflictBody). */
export interface SaveConflict {
  error: string;
  currentVersion: number;
  updatedBy: string | null;
  updatedAt: string;
}

/** The conflict in a 409 body, or null when the 409 was about something else. */
export function parseConflict(body: unknown): SaveConflict | null {
  const b = body as Partial<SaveConflict> | null;
  if (!b || typeof b.currentVersion !== "number" || typeof b.updatedAt !== "string") return null;
  return {
    error: String(b.error ?? "conflict"),
    currentVersion: b.currentVersion,
    updatedBy: typeof b.updatedBy === "string" ? b.updatedBy : null,
    updatedAt: b.updatedAt,
  };
}

/** "ana@example.com saved a change at 2026-12-01 10:00:00 UTC (version 4)" */
export function describeConflict(conflict: SaveConflict): string {
  const who = conflict.updatedBy ?? "Someone else";
  return `${who} saved a change at ${formatDateTime(conflict.updatedAt)} (version ${conflict.currentVersion})`;
}
