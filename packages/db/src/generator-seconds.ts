import type { GeneratorSecondRecord } from "@stampede/metrics";
import type { Db } from "./client";

/** One load generator's gauges during one second of a run (a row of RunGeneratorSecond). */
export interface RunGeneratorSecondRow extends GeneratorSecondRecord {
  runId: string;
  second: number;
}

/**
 * Writes generator rows. A row that exists is replaced: the caller has already added the stored figures to
 * it (see the worker's persistSeconds), so a late frame adds to its second and never overwrites it.
 */
export async function saveRunGeneratorSeconds(db: Db, rows: RunGeneratorSecondRow[]) {
  for (const row of rows) {
    const data = { ...row, rssBytes: row.rssBytes === null ? null : BigInt(Math.round(row.rssBytes)) };
    await db.runGeneratorSecond.upsert({
      where: { runId_second_shardIndex: { runId: row.runId, second: row.second, shardIndex: row.shardIndex } },
      create: data,
      update: data,
    });
  }
}

/** A run's generator rows, by second then shard (optionally one second's, or those from a second on). */
export async function findRunGeneratorSeconds(
  db: Db,
  runId: string,
  where: { second?: number; fromSecond?: number } = {},
): Promise<RunGeneratorSecondRow[]> {
  const rows = await db.runGeneratorSecond.findMany({
    where: { runId, second: where.second ?? (where.fromSecond === undefined ? undefined : { gte: where.fromSecond }) },
    orderBy: [{ second: "asc" }, { shardIndex: "asc" }],
  });
  return rows.map((r) => ({ ...r, rssBytes: r.rssBytes === null ? null : Number(r.rssBytes) }));
}
