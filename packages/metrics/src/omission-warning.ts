import type { TLatencySummary } from "@stampede/contracts";

/** Corrected p99 above this multiple of the raw p99: the raw figures hide stalls. */
export const OMISSION_WARNING_RATIO = 2;

const ms = (v: number) => (v >= 100 ? String(Math.round(v)) : v.toFixed(2));

/**
 * A plain sentence when the latency corrected for coordinated omission is far above the raw one (the CLI,
 * the run page and the report all say the same); undefined when it is not, or was not measured.
 */
export function omissionWarning(summary: {
  latency: TLatencySummary;
  latencyCorrected?: TLatencySummary;
}): string | undefined {
  const corrected = summary.latencyCorrected;
  if (!corrected || corrected.p99 <= OMISSION_WARNING_RATIO * summary.latency.p99) return undefined;
  return (
    `corrected p99 ${ms(corrected.p99)} ms is more than ${OMISSION_WARNING_RATIO}× the raw p99 ${ms(summary.latency.p99)} ms: ` +
    "responses stalled at times (the target, the network or the load generator itself), and the requests that " +
    "would have been sent meanwhile are missing from the raw figures"
  );
}
