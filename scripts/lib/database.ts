// Creates and drops Postgres databases for the start and test scripts, with messages a person can act on.
import pg from "pg";

export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/stampede";

function withDatabase(raw: string, database: string): string {
  const url = new URL(raw);
  url.pathname = `/${database}`;
  return url.toString();
}

export function databaseName(raw: string): string {
  return new URL(raw).pathname.slice(1) || "postgres";
}

/** Connects to the server's maintenance database; explains how to fix it when the server is not there. */
async function connectAdmin(raw: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: withDatabase(raw, "postgres") });
  try {
    await client.connect();
    return client;
  } catch (error) {
    const url = new URL(raw);
    throw new Error(
      `Cannot reach Postgres at ${url.hostname}:${url.port || 5432} (${(error as Error).message}).\n` +
        `  Start it (for example: docker compose up -d postgres redis) or set DATABASE_URL to a reachable server.`,
    );
  }
}

/** Creates the database of DATABASE_URL when it does not exist yet. */
export async function ensureDatabase(raw: string): Promise<"created" | "exists"> {
  const name = databaseName(raw);
  const admin = await connectAdmin(raw);
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return "exists";
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return "created";
  } finally {
    await admin.end();
  }
}

/** Drops a throwaway database, closing the sessions a crashed test may have left open. */
export async function dropDatabase(raw: string): Promise<void> {
  const admin = await connectAdmin(raw);
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName(raw).replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
