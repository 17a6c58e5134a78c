import { createServer } from "node:net";
import { demoScenarioSpec, ZLoadConfig, ZScenarioSpec, type TLoadConfigInput } from "@stampede/contracts";
import { createPrismaClient, createScenario, type PrismaClient, type RunStarter } from "@stampede/db";
import { createRedis, createRunControlQueue } from "@stampede/queue";
import type { RunLifecycleDeps } from "./deps";

/** Names every scenario these tests write, so their runs can be told apart. */
const SCENARIO_NAME = "runs it ";

/** Test-only: who starts the runs these tests ask for. */
export const TEST_STARTER: RunStarter = { label: "runs integration test", complianceConfirmedAt: new Date() };

/** Test-only: lifecycle deps on the integration run's database and Redis, with a close for afterAll. */
export interface TestLifecycle {
  deps: RunLifecycleDeps & { db: PrismaClient };
  close(): Promise<void>;
}

/**
 * Real Postgres and Redis from the integration setup. The queue gets a prefix below the run's own, so the
 * control jobs these tests leave are never taken by a worker of another test file (and the global teardown,
 * which deletes every key under the run's prefix, still cleans them up).
 */
export function createTestLifecycle(): TestLifecycle {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  const redis = createRedis(process.env.REDIS_URL!);
  const prefix = `${process.env.STAMPEDE_REDIS_PREFIX!}:lifecycle-test`;
  const runControlQueue = createRunControlQueue(redis, prefix);
  return {
    deps: { db, redis, prefix, runControlQueue },
    async close() {
      // These runs never had a worker. The database is shared with later test files, whose workers' reconcilers
      // would hand them to a controller: end them here.
      await db.run.updateMany({
        where: { status: { in: ["QUEUED", "RUNNING", "STOPPING"] }, scenario: { name: { startsWith: SCENARIO_NAME } } },
        data: { status: "FAILED", endedAt: new Date(), error: "test ended" },
      });
      await runControlQueue.close();
      redis.disconnect();
      await db.$disconnect();
    },
  };
}

/**
 * Test-only: the same deps, but Redis is a port where nothing listens (as when Redis is down), and calls give
 * up on it after `timeoutMs`. Postgres is the real one.
 */
export async function createDeadRedisLifecycle(db: PrismaClient, timeoutMs: number): Promise<TestLifecycle> {
  const redis = createRedis(`redis://127.0.0.1:${await closedPort()}`);
  redis.on("error", () => {}); // connection refused, again and again: that is the point
  const runControlQueue = createRunControlQueue(redis, "{dead}");
  runControlQueue.on("error", () => {});
  return {
    deps: { db, redis, prefix: "{dead}", runControlQueue, redisTimeoutMs: timeoutMs },
    async close() {
      // No queue.close(): it would drop the queue's error listener, and the queue's pending connection wait
      // rejects (ECONNREFUSED) only at this disconnect; unheard, that becomes an unhandled rejection.
      redis.disconnect();
    },
  };
}

/** Test-only: a scenario built on the demo spec (never run here: no worker consumes these tests' queue). */
export async function createTestScenario(db: PrismaClient, load?: TLoadConfigInput) {
  const spec = ZScenarioSpec.parse(demoScenarioSpec("http://127.0.0.1:9"));
  return createScenario(db, { name: `${SCENARIO_NAME}${Date.now()}`, spec, load: load && ZLoadConfig.parse(load) });
}

/** A loopback port that was free a moment ago, so a connection to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
