import type { TShardFrame } from "@stampede/contracts";
import { decodeHistogram, summarizeLatency } from "@stampede/engine";

/** One second of a run, as the live line shows it. */
export interface TFrameStats {
  second: number;
  requests: number;
  failures: number;
  /** Over every step of that second, from the merged histograms (percentiles are never averaged). */
  p95: number;
  vus: number;
  /** Arrival-rate starts that found no free VU. */
  droppedIterations: number;
}

export function frameStats(frame: TShardFrame): TFrameStats {
  let requests = 0;
  let failures = 0;
  const histograms = frame.steps.filter((s) => s.histogram).map((s) => decodeHistogram(s.histogram));
  for (const step of frame.steps) {
    requests += step.requests;
    failures += step.failures;
  }
  const [merged, ...others] = histograms;
  for (const h of others) merged!.add(h);
  const p95 = merged ? summarizeLatency(merged).p95 : 0;
  for (const h of histograms) h.destroy();
  // `?? 0`: frames recorded before the engine counted dropped iterations lack the field.
  return {
    second: frame.second,
    requests,
    failures,
    p95,
    vus: frame.vus,
    droppedIterations: frame.droppedIterations ?? 0,
  };
}
