import { SealedRangeTotals } from "./sealed-range-totals";

/** Runs watched at once by this console process; past it the least recently used is dropped. */
const MAX_ENTRIES = 32;
/** An entry no one asked for in this long is dropped (its run ended, or no one watches it). */
const IDLE_MS = 5 * 60_000;

// One map per process; Next.js dev reloads modules, so it lives on globalThis.
const globalForStats = globalThis as unknown as { stampedeRangeTotals?: Map<string, SealedRangeTotals> };
const entries = (globalForStats.stampedeRangeTotals ??= new Map());

/** The kept totals of a running run's open-ended range from `from`, made on first use. */
export function sealedTotalsFor(runId: string, from: number, now = Date.now()): SealedRangeTotals {
  const key = `${runId}:${from}`;
  let entry = entries.get(key);
  if (entry)
    entries.delete(key); // re-inserted below: the map's order is the least recently used first
  else entry = new SealedRangeTotals(from);
  entry.usedAt = now;
  entries.set(key, entry);
  for (const [k, e] of entries) {
    if (entries.size <= MAX_ENTRIES && now - e.usedAt < IDLE_MS) break;
    if (e === entry) continue;
    entries.delete(k);
    e.destroy();
  }
  return entry;
}
