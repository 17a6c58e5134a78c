// What the soak measures at the end of its warm-up and at the end of the run: the stack's memory, Redis, Postgres.
import { readFileSync } from "node:fs";
import type { Redis } from "ioredis";
import pg from "pg";

/** One moment's figures. */
export interface Snapshot {
  atSeconds: number;
  /** Resident memory (MB) per process name. */
  rssMb: Record<string, number>;
  redisUsedMb: number;
  redisKeys: number;
  postgresMb: number;
}

function rssMbOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : NaN;
  } catch {
    return NaN; // the process is gone
  }
}

/** Keys under the soak's prefix (SCAN: never KEYS on a shared server). */
async function countKeys(redis: Redis, prefix: string): Promise<number> {
  let cursor = "0";
  let count = 0;
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix.replace(/[*?[\]\\]/g, "\\$&")}*`, "COUNT", 1000);
    cursor = next;
    count += keys.length;
  } while (cursor !== "0");
  return count;
}

export async function takeSnapshot(
  startedAt: number,
  pids: Record<string, number>,
  redis: Redis,
  prefix: string,
  databaseUrl: string,
): Promise<Snapshot> {
  const info = await redis.info("memory");
  const used = Number(info.match(/^used_memory:(\d+)/m)?.[1] ?? NaN);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const size = await client.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
    return {
      atSeconds: Math.round((Date.now() - startedAt) / 1000),
      rssMb: Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, rssMbOf(pid)])),
      redisUsedMb: used / 1024 / 1024,
      redisKeys: await countKeys(redis, prefix),
      postgresMb: Number(size.rows[0]!.bytes) / 1024 / 1024,
    };
  } finally {
    await client.end();
  }
}

/** The before/after table, with growth in % (memory: want < 10% after warm-up). */
export function formatSnapshots(warm: Snapshot, end: Snapshot): string {
  const row = (name: string, a: number, b: number, unit: string) => {
    const growth = a > 0 ? `${(((b - a) / a) * 100).toFixed(1)}%` : "-";
    return `  ${name.padEnd(26)} ${a.toFixed(1).padStart(9)} ${b.toFixed(1).padStart(9)} ${unit.padEnd(5)} ${growth.padStart(7)}`;
  };
  return [
    `  ${"".padEnd(26)} ${`@${warm.atSeconds}s`.padStart(9)} ${`@${end.atSeconds}s`.padStart(9)} ${"".padEnd(5)} ${"growth".padStart(7)}`,
    ...Object.keys(warm.rssMb).map((name) => row(`memory (RSS) ${name}`, warm.rssMb[name]!, end.rssMb[name]!, "MB")),
    row("Redis used memory (server)", warm.redisUsedMb, end.redisUsedMb, "MB"),
    row("Redis keys (soak prefix)", warm.redisKeys, end.redisKeys, "keys"),
    row("Postgres database size", warm.postgresMb, end.postgresMb, "MB"),
  ].join("\n");
}
