/** One measured phase of a rising load: what went in, what came out, how long it took. */
export interface KneePoint {
  /** The planned load (VUs or target rate); the knee is looked for only where it rises. */
  load: number;
  /** Achieved requests (or iterations) per second. */
  throughput: number;
  /** A high latency percentile of the phase (p95), ms. */
  latency: number;
}

/** How much is "stops rising" and "climbs". */
export interface KneeOptions {
  /** Throughput gained less than this share over the previous phase: it stopped rising. */
  minThroughputGain: number;
  /** Latency rose more than this share over the previous phase: it climbs. */
  minLatencyRise: number;
}

export const KNEE_DEFAULTS: KneeOptions = { minThroughputGain: 0.05, minLatencyRise: 0.2 };

/**
 * The knee of a load ramp: the first phase where more load bought no more throughput (gain under 5%) while
 * latency climbed (over 20%) — past it the target queues requests instead of serving them. Returns its
 * index, or null when throughput kept pace with load (or there was too little to judge).
 */
export function findKnee(points: KneePoint[], options: KneeOptions = KNEE_DEFAULTS): number | null {
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const cur = points[i]!;
    if (cur.load <= prev.load || prev.throughput <= 0 || prev.latency <= 0) continue;
    const flat = cur.throughput < prev.throughput * (1 + options.minThroughputGain);
    const climbing = cur.latency > prev.latency * (1 + options.minLatencyRise);
    if (flat && climbing) return i;
  }
  return null;
}
