import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "./free-port";
import { waitUntil } from "./wait-until";

/** Test-only: a Postgres cluster of the test's own, on its own port and data directory, that the test may stop. */
export interface OwnPostgres {
  /** URL of the `postgres` database; `databaseUrl(name)` for another. */
  url: string;
  port: number;
  databaseUrl(database: string): string;
  /** Creates a database (empty) on this cluster and returns its URL. */
  createDatabase(database: string): Promise<string>;
  /** Creates a database with the project's migrations applied (prisma migrate deploy) and returns its URL. */
  createMigratedDatabase(database: string): Promise<string>;
  /** Stops the postmaster (fast shutdown, SIGINT to its PID) and waits until it is gone. */
  stop(): Promise<void>;
  /** Starts the same cluster again on the same port; the data is kept. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  destroy(): Promise<void>;
}

/** The newest Postgres installed from Debian's packages (/usr/lib/postgresql/<version>/bin). */
function postgresBin(): string {
  const versions = readdirSync("/usr/lib/postgresql")
    .filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))
    .sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error("no Postgres server binaries under /usr/lib/postgresql");
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

/** Postgres refuses to run as root: every server command runs as the `postgres` OS user. */
function asPostgres(command: string, args: string[]) {
  execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "ignore" });
}

/**
 * initdb + pg_ctl in a temp directory owned by `postgres`, trust auth on 127.0.0.1, durability off (a test
 * cluster). The machine's shared Postgres (5432) is never touched.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = postgresBin();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "stampede-pg-"));
  const pgUid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const pgGid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  chownSync(dir, pgUid, pgGid);
  const data = join(dir, "data");
  asPostgres(`${bin}/initdb`, ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  const databaseUrl = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const url = databaseUrl("postgres");

  const start = async () => {
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    asPostgres(`${bin}/pg_ctl`, ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "-t", "30", "start"]);
    await waitUntil(`Postgres on port ${port}`, () => canQuery(url), 15_000);
  };
  const stop = async () => {
    const pidFile = join(data, "postmaster.pid");
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    try {
      process.kill(pid, "SIGINT");
    } catch {
      return; // already gone
    }
    await waitUntil(`Postgres (PID ${pid}) to stop`, async () => !alive(pid), 30_000);
  };
  const createDatabase = async (database: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    } finally {
      await admin.end();
    }
    return databaseUrl(database);
  };
  await start();
  return {
    url,
    port,
    databaseUrl,
    createDatabase,
    async createMigratedDatabase(database) {
      const migrated = await createDatabase(database);
      execFileSync("npx", ["prisma", "migrate", "deploy"], {
        env: { ...process.env, DATABASE_URL: migrated },
        stdio: "ignore",
      });
      return migrated;
    },
    start,
    stop,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
