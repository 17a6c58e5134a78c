import type { Db } from "./client";
import { NotFoundError } from "./errors";
import { getScenarioById } from "./scenarios";

/** The first bytes of a data file: enough for a preview without reading a 100 MB file. */
export interface DataSourceHead {
  name: string;
  head: Uint8Array;
  /** True when `head` is the whole file. */
  complete: boolean;
}

/** The first `maxBytes` bytes of each of a scenario's data files, by name. */
export async function getDataSourceHeads(db: Db, scenarioId: string, maxBytes: number): Promise<DataSourceHead[]> {
  // Prisma reads a Bytes column whole; Postgres can cut it, so only the head crosses the wire (as base64:
  // the driver adapter does not hand raw bytea results back).
  const rows = await db.$queryRaw<Array<{ name: string; head: string; sizeBytes: number }>>`
    SELECT "name", encode(substring("content" from 1 for ${maxBytes}::int), 'base64') AS "head", "sizeBytes"
    FROM "DataSource" WHERE "scenarioId" = ${scenarioId} ORDER BY "name"`;
  return rows.map((r) => {
    const head = new Uint8Array(Buffer.from(r.head, "base64"));
    return { name: r.name, head, complete: head.length >= r.sizeBytes };
  });
}

/** Removes one data file of a scenario; NotFoundError when the scenario or the file does not exist. */
export async function deleteDataSource(db: Db, scenarioId: string, name: string): Promise<void> {
  await getScenarioById(db, scenarioId);
  const { count } = await db.dataSource.deleteMany({ where: { scenarioId, name } });
  if (count === 0) throw new NotFoundError("data source", name);
}
