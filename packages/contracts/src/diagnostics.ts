import { z } from "zod";

/**
 * Where one sampled request's time went, in ms: the phases add up to its latency. A request sent on a
 * connection opened before it (kept alive, or opened ahead of the run) has 0 for DNS, connect and TLS.
 */
export const ZRequestTimings = z.object({
  /** Waiting for a free connection (a shared pool's queue). */
  blocked: z.number().nonnegative(),
  dns: z.number().nonnegative(),
  connect: z.number().nonnegative(),
  tls: z.number().nonnegative(),
  /** Writing the request line, headers and body. */
  send: z.number().nonnegative(),
  /** From the end of the request to the first byte of the response (TTFB). */
  wait: z.number().nonnegative(),
  /** From the first byte of the response to its last. */
  receive: z.number().nonnegative(),
  /** True when the request went on a connection opened before it ("reused connection"). */
  reused: z.boolean(),
});
export type TRequestTimings = z.infer<typeof ZRequestTimings>;

/** The phases of ZRequestTimings in the order they happen, as the waterfall draws them. */
export const TIMING_PHASES = ["blocked", "dns", "connect", "tls", "send", "wait", "receive"] as const;
export type TTimingPhase = (typeof TIMING_PHASES)[number];

/**
 * What the token provider did during one second: in a shard frame, one shard's; stored per second, all
 * shards added (see addTokenSeconds). Never the token's value.
 */
export const ZTokenSecond = z.object({
  /** Token requests that ended in this second, whatever their outcome. */
  fetches: z.number().int().nonnegative(),
  /** Of those, refreshes because the token neared its expiry (the refresh margin). */
  refreshesAhead: z.number().int().nonnegative(),
  /** Of those, refreshes because a business API refused the token (401, or the rejection rule). */
  refreshesOnRejection: z.number().int().nonnegative(),
  /**
   * Attempts to get a token that failed: the token request failed, no token came back, or waiting for another
   * generator's refresh (the shared store) failed.
   */
  errors: z.number().int().nonnegative(),
  /** Age in seconds of the token in use at the end of the second (the oldest of any shard); null: none yet. */
  ageSeconds: z.number().nonnegative().nullable(),
});
export type TTokenSecond = z.infer<typeof ZTokenSecond>;

/** Two shards' (or a stored second's and a late frame's) token activity: counts add, the age is the oldest. */
export function addTokenSeconds(a: TTokenSecond | null | undefined, b: TTokenSecond | null | undefined) {
  if (!a) return b ?? null;
  if (!b) return a;
  const ages = [a.ageSeconds, b.ageSeconds].filter((x): x is number => x !== null);
  return {
    fetches: a.fetches + b.fetches,
    refreshesAhead: a.refreshesAhead + b.refreshesAhead,
    refreshesOnRejection: a.refreshesOnRejection + b.refreshesOnRejection,
    errors: a.errors + b.errors,
    ageSeconds: ages.length > 0 ? Math.max(...ages) : null,
  };
}
