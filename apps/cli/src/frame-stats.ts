import type { TLivePoint, TShardFrame } from "@stampede/contracts";
import { SecondTotals, toLivePoint } from "@stampede/metrics";

/** One second of a run, as the live line shows it: the live point, plus the dropped iterations. */
export interface TFrameStats extends TLivePoint {
  /** Arrival-rate starts that found no free VU. */
  droppedIterations: number;
}

/** The frame merged as the controller merges shards' frames (percentiles from the merged histogram). */
export function frameStats(frame: TShardFrame): TFrameStats {
  const totals = new SecondTotals(frame.second);
  totals.addFrame(frame);
  const { steps, second } = totals.toRecords();
  totals.destroy();
  return { ...toLivePoint(second, steps), droppedIterations: second.droppedIterations };
}
