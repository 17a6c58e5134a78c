import { findRunMetricRows, saveRunMetrics, type Db } from "@stampede/db";
import type { TLivePoint } from "@stampede/contracts";
import type { SecondAccumulator } from "./second-accumulator";

/**
 * Writes merged seconds to Postgres and returns the live points to publish. A second written before
 * (a shard's frame arrived after the grace period) is re-merged with its stored rows, never overwritten.
 */
export async function persistSeconds(
  db: Db,
  runId: string,
  seconds: SecondAccumulator[],
  written: Set<number>,
): Promise<TLivePoint[]> {
  const points: TLivePoint[] = [];
  for (const acc of seconds) {
    if (written.has(acc.second)) {
      for (const row of await findRunMetricRows(db, runId, { second: acc.second })) acc.addPersisted(row);
    }
    const { metrics, second } = acc.toRows(runId);
    acc.destroy();
    await saveRunMetrics(db, metrics, [second]);
    written.add(acc.second);
    points.push({
      second: second.second,
      requests: second.requests,
      failures: second.failures,
      vus: second.vus,
      p50: second.p50Ms,
      p95: second.p95Ms,
      p99: second.p99Ms,
      steps: metrics.map((m) => ({ step: m.step, requests: m.requests, failures: m.failures, p95: m.p95Ms })),
    });
  }
  return points;
}
