import type { LatencyCorrection } from "@stampede/metrics";

/** One VU's memory for correcting its requests' latency for coordinated omission. */
export interface VuLatencyCorrection {
  /**
   * Arrival-rate (TPS) mode: how late (µs) the VU's current iteration started against its scheduled slot,
   * until its first request has taken it; undefined in VU (closed-loop) mode.
   */
  lateUs: number | undefined;
  /** VU mode: the VU's latency so far per step (sum and count), whose mean is the expected interval. */
  readonly history: Map<string, { sumUs: number; count: number }>;
  /** Reused for every request, so correcting costs no allocation. */
  readonly scratch: LatencyCorrection;
}

/** A VU's correction state; the arrival-rate executor sets `lateUs` at every iteration start. */
export function newVuLatencyCorrection(): VuLatencyCorrection {
  return { lateUs: undefined, history: new Map(), scratch: { lateUs: undefined, expectedIntervalUs: undefined } };
}

/**
 * How to correct the request the VU just completed, by the rules of the README's "What is measured":
 * - TPS mode: latency is also measured from the iteration's intended start, so the iteration's lateness is
 *   added to its FIRST request (later requests of the iteration were not held back by the schedule).
 * - VU mode: as wrk does, the expected interval is the VU's mean latency for this step over its previous
 *   requests (not this one); a request slower than that also stands for the requests the VU would have
 *   sent meanwhile. The VU's first request of a step has no expectation, so it is not corrected.
 */
export function correctionFor(c: VuLatencyCorrection, step: string, latencyUs: number): LatencyCorrection {
  const out = c.scratch;
  out.lateUs = undefined;
  out.expectedIntervalUs = undefined;
  if (c.lateUs !== undefined) {
    out.lateUs = c.lateUs;
    c.lateUs = 0;
    return out;
  }
  const seen = c.history.get(step);
  if (seen) {
    out.expectedIntervalUs = seen.sumUs / seen.count;
    seen.sumUs += latencyUs;
    seen.count++;
  } else c.history.set(step, { sumUs: latencyUs, count: 1 });
  return out;
}
