import * as hdr from "hdr-histogram-js";
import type { TLatencySummary } from "@stampede/contracts";

/** An HDR histogram of latencies in microseconds. */
export type Histogram = hdr.Histogram;

/**
 * Latency histograms record microseconds with 3 significant digits (0.1% error at any magnitude),
 * from 1 µs up to an hour; they grow on demand, so an idle one costs little.
 */
export function createHistogram(): Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

export function encodeHistogram(histogram: Histogram): string {
  return hdr.encodeIntoCompressedBase64(histogram);
}

export function decodeHistogram(encoded: string): Histogram {
  return hdr.decodeFromCompressedBase64(encoded);
}

/** Merges encoded histograms exactly (counts per bucket add); percentiles are never averaged. */
export function mergeEncodedHistograms(encoded: Iterable<string>): Histogram {
  const total = createHistogram();
  for (const e of encoded) {
    if (!e) continue;
    const h = decodeHistogram(e);
    total.add(h);
    h.destroy();
  }
  return total;
}

const round = (us: number) => Math.round(us) / 1000;

/** Percentiles of a microsecond histogram, in milliseconds (3 decimals). */
export function summarizeLatency(histogram: Histogram): TLatencySummary {
  if (histogram.totalCount === 0) return { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 };
  return {
    min: round(histogram.minNonZeroValue),
    mean: round(histogram.mean),
    p50: round(histogram.getValueAtPercentile(50)),
    p90: round(histogram.getValueAtPercentile(90)),
    p95: round(histogram.getValueAtPercentile(95)),
    p99: round(histogram.getValueAtPercentile(99)),
    max: round(histogram.maxValue),
  };
}
