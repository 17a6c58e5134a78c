import type { Db, PrismaClient } from "./client";
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

/** A validated data file to store from a stream of its bytes (the caller counted, hashed and parsed them). */
export interface DataSourceStreamInput {
  scenarioId: string;
  name: string;
  fileName: string;
  header: string[];
  rowCount: number;
  sizeBytes: number;
  sha256: string;
  /** The file's bytes, read once, in order. */
  content: AsyncIterable<Uint8Array>;
}

/** Bytes sent to Postgres per statement: large enough for few round trips, small enough to cost little memory. */
const STORE_PIECE_BYTES = 8 * 1024 * 1024;

async function* pieces(content: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of content) {
    parts.push(chunk);
    size += chunk.byteLength;
    if (size >= STORE_PIECE_BYTES) {
      yield Buffer.concat(parts);
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(parts);
}

/**
 * Stores (or replaces) a data file without holding it in memory: its bytes go to a temporary table a piece at
 * a time, and Postgres joins them into the row's content in one statement (appending to the column piece by
 * piece would rewrite the whole value each time). All in one transaction: a failure leaves the old file.
 */
export async function saveDataSourceStream(prisma: PrismaClient, input: DataSourceStreamInput) {
  return prisma.$transaction(
    async (tx) => {
      await getScenarioById(tx, input.scenarioId);
      const data = {
        fileName: input.fileName,
        content: Buffer.alloc(0),
        header: input.header,
        rowCount: input.rowCount,
        sizeBytes: input.sizeBytes,
        sha256: input.sha256,
      };
      const row = await tx.dataSource.upsert({
        where: { scenarioId_name: { scenarioId: input.scenarioId, name: input.name } },
        create: { scenarioId: input.scenarioId, name: input.name, ...data },
        update: data,
        omit: { content: true },
      });
      await tx.$executeRaw`CREATE TEMP TABLE data_source_upload (i int PRIMARY KEY, piece bytea) ON COMMIT DROP`;
      let i = 0;
      for await (const piece of pieces(input.content)) {
        await tx.$executeRaw`INSERT INTO data_source_upload (i, piece) VALUES (${i++}, ${piece})`;
      }
      await tx.$executeRaw`
        UPDATE "DataSource"
        SET "content" = (SELECT coalesce(string_agg(piece, ''::bytea ORDER BY i), ''::bytea) FROM data_source_upload)
        WHERE "id" = ${row.id}`;
      return row;
    },
    // A 100 MB file takes a few seconds to send; the default 5 s would cut it off on a busy machine.
    { timeout: 5 * 60_000, maxWait: 30_000 },
  );
}
