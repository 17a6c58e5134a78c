import { randomUUID } from "node:crypto";
import pg from "pg";
import { NotFoundError } from "./errors";

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

/** The stored row's fields, without the content (what a listing shows). */
export interface StoredDataSourceRow {
  id: string;
  scenarioId: string;
  name: string;
  fileName: string;
  header: string[];
  rowCount: number;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

/** Bytes sent to Postgres per statement: few round trips, little memory. */
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

const UPSERT = `
  INSERT INTO "DataSource" ("id", "scenarioId", "name", "fileName", "content", "header", "rowCount", "sizeBytes", "sha256")
  VALUES ($1, $2, $3, $4, ''::bytea, $5, $6, $7, $8)
  ON CONFLICT ("scenarioId", "name") DO UPDATE SET "fileName" = EXCLUDED."fileName", "content" = ''::bytea,
    "header" = EXCLUDED."header", "rowCount" = EXCLUDED."rowCount", "sizeBytes" = EXCLUDED."sizeBytes",
    "sha256" = EXCLUDED."sha256"
  RETURNING "id", "scenarioId", "name", "fileName", "header", "rowCount", "sizeBytes", "sha256", "createdAt"`;

/**
 * Stores (or replaces) a data file without holding it in memory. The bytes go over a connection of their
 * own, as binary parameters: through the ORM's client a 100 MB file cost the console 450 MB and 30 s (a
 * Bytes or base64 parameter is copied several times on its way). They land in a temporary table a piece at
 * a time and Postgres joins them into the row in one statement (appending piece by piece would rewrite the
 * whole value each time). One transaction: a failure, or an unknown scenario, leaves the old file as it was.
 */
export async function saveDataSourceStream(databaseUrl: string, input: DataSourceStreamInput) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    // FOR SHARE: the scenario cannot be deleted while its file is being written.
    const scenario = await client.query(`SELECT 1 FROM "Scenario" WHERE "id" = $1 FOR SHARE`, [input.scenarioId]);
    if (scenario.rowCount === 0) throw new NotFoundError("scenario", input.scenarioId);
    const { rows } = await client.query<StoredDataSourceRow>(UPSERT, [
      randomUUID(),
      input.scenarioId,
      input.name,
      input.fileName,
      input.header,
      input.rowCount,
      input.sizeBytes,
      input.sha256,
    ]);
    const row = rows[0]!;
    await client.query(`CREATE TEMP TABLE data_source_upload (i int PRIMARY KEY, piece bytea) ON COMMIT DROP`);
    let i = 0;
    for await (const piece of pieces(input.content)) {
      await client.query(`INSERT INTO data_source_upload (i, piece) VALUES ($1, $2)`, [i++, piece]);
    }
    await client.query(
      `UPDATE "DataSource" SET "content" = (SELECT coalesce(string_agg(piece, ''::bytea ORDER BY i), ''::bytea)
        FROM data_source_upload) WHERE "id" = $1`,
      [row.id],
    );
    await client.query("COMMIT");
    return row;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
