import type { TImportedRequest } from "@stampede/contracts";

/** Gaps shorter than this are the browser's own scheduling, not a person pausing. */
export const MIN_THINK_MS = 100;
/** A longer gap (the person left, the recording idled) would stall every iteration; it is capped. */
export const MAX_THINK_MS = 60_000;

/**
 * The pause between the end of one recorded request and the start of the next, as a think time in whole ms;
 * undefined when either has no timestamp or the gap is too short to be a person's.
 */
export function thinkTimeBetween(
  previous: Pick<TImportedRequest, "startedAtMs" | "durationMs">,
  next: Pick<TImportedRequest, "startedAtMs">,
): number | undefined {
  if (previous.startedAtMs === undefined || next.startedAtMs === undefined) return undefined;
  const gap = next.startedAtMs - (previous.startedAtMs + (previous.durationMs ?? 0));
  if (gap < MIN_THINK_MS) return undefined;
  return Math.round(Math.min(gap, MAX_THINK_MS));
}
