import type { TLivePoint } from "@stampede/contracts";
import { findStoredSecond, saveRunGeneratorSeconds, saveRunMetrics, type Db, type StoredSecond } from "@stampede/db";
import { type SecondTotals, toLivePoint } from "@stampede/metrics";

/** Where merged seconds are kept: Postgres in a run, a map in unit tests. */
export interface SecondStore {
  find(second: number): Promise<StoredSecond>;
  save(merged: ReturnType<SecondTotals["toRecords"]>): Promise<void>;
}

/** The run's seconds in Postgres. */
export function postgresSecondStore(db: Db, runId: string): SecondStore {
  return {
    find: (second) => findStoredSecond(db, runId, second),
    save: async ({ steps, second, generators }) => {
      await saveRunMetrics(
        db,
        steps.map((s) => ({ ...s, runId, second: second.second })),
        [{ ...second, runId }],
      );
      await saveRunGeneratorSeconds(
        db,
        generators.map((g) => ({ ...g, runId, second: second.second })),
      );
    },
  };
}

/**
 * Writes merged seconds and returns the live points to publish. A second written before (a shard's frame
 * arrived after the grace period) has its stored figures added in first — step counts, histograms, VUs,
 * iterations, dropped iterations, token activity, generator gauges — so a late frame adds to its second and
 * never replaces it.
 */
export async function persistSeconds(
  store: SecondStore,
  seconds: SecondTotals[],
  written: Set<number>,
): Promise<TLivePoint[]> {
  const points: TLivePoint[] = [];
  for (const acc of seconds) {
    if (written.has(acc.second)) {
      const stored = await store.find(acc.second);
      for (const row of stored.steps) acc.addStep(row.step, row);
      if (stored.second) acc.addGauges(stored.second);
      for (const g of stored.generators ?? []) acc.addGenerator(g);
    }
    const merged = acc.toRecords();
    acc.destroy();
    await store.save(merged);
    written.add(acc.second);
    points.push(toLivePoint(merged.second, merged.steps));
  }
  return points;
}
