// Vitest global setup for integration tests: a throwaway database with migrations applied and a Redis key
// prefix of its own, unless the test script already made them (it shares them with the e2e stack).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { DEFAULT_DATABASE_URL, dropDatabase, ensureDatabase } from "../lib/database";
import { deleteKeysWithPrefix } from "../lib/redis-keys";

export default async function setup() {
  if (process.env.STAMPEDE_TEST_STACK === "1") return;
  const id = randomBytes(4).toString("hex");
  const base = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  base.pathname = `/stampede_it_${id}`;
  const databaseUrl = base.toString();
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const prefix = `{stampede-it-${id}}`;
  await ensureDatabase(databaseUrl);
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "ignore",
  });
  process.env.DATABASE_URL = databaseUrl;
  process.env.REDIS_URL = redisUrl;
  process.env.STAMPEDE_REDIS_PREFIX = prefix;
  return async () => {
    await dropDatabase(databaseUrl);
    const redis = new Redis(redisUrl);
    await deleteKeysWithPrefix(redis, prefix);
    redis.disconnect();
  };
}
