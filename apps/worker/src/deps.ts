import { createPrismaClient, type PrismaClient } from "@stampede/db";
import { createRedis } from "@stampede/queue";
import type { Redis } from "ioredis";
import type { WorkerEnv } from "./env";

/** Connections one worker process shares between its controllers and its load generator. */
export interface WorkerDeps {
  env: WorkerEnv;
  db: PrismaClient;
  /** For commands (XADD, PUBLISH, SET); blocking reads and subscriptions get their own connection. */
  redis: Redis;
}

export function createWorkerDeps(env: WorkerEnv): WorkerDeps {
  const redis = createRedis(env.REDIS_URL);
  return {
    env,
    db: createPrismaClient(env.DATABASE_URL),
    redis,
  };
}

export async function closeWorkerDeps(deps: WorkerDeps) {
  deps.redis.disconnect();
  await deps.db.$disconnect();
}
