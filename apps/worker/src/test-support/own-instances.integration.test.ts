import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type OwnPostgres, startOwnPostgres } from "./own-postgres";
import { type OwnRedis, startOwnRedis } from "./own-redis";

let redis: OwnRedis | undefined;
let postgres: OwnPostgres | undefined;
afterAll(async () => {
  await redis?.destroy();
  await postgres?.destroy();
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("a test's own Redis and Postgres", () => {
  it("Redis: stops (refusing connections), starts again on the same port, and has lost every key", async () => {
    redis = await startOwnRedis();
    expect(redis.port).not.toBe(6379);
    const client = new Redis(redis.url, { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
    client.on("error", () => {});
    await client.connect();
    await client.set("k", "v");
    await redis.stop();
    await expect(client.get("k")).rejects.toThrow();
    client.disconnect();
    await redis.start();
    const again = new Redis(redis.url);
    expect(await again.get("k")).toBeNull();
    again.disconnect();
  });

  it("Postgres: stops (refusing connections), starts again on the same port, and keeps its data", async () => {
    postgres = await startOwnPostgres();
    expect(postgres.port).not.toBe(5432);
    const url = await postgres.createDatabase("own_test");
    await query(url, "CREATE TABLE t (n int); INSERT INTO t VALUES (7)");
    await postgres.stop();
    await expect(query(url, "SELECT 1")).rejects.toThrow(/ECONNREFUSED/);
    await postgres.start();
    expect(await query(url, "SELECT n FROM t")).toEqual([{ n: 7 }]);
  });
});
