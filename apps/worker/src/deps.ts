import { createPrismaClient, type PrismaClient } from "@stampede/db";
import { createLoadShardQueue, createRedis, type TShardJob } from "@stampede/queue";
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { WorkerEnv } from "./env";

/** Connections one worker process shares between its controllers and its load generator. */
export interface WorkerDeps {
  env: WorkerEnv;
  db: PrismaClient;
  /** For commands (XADD, PUBLISH, SET); blocking reads and subscriptions get their own connection. */
  redis: Redis;
  shardQueue: Queue<TShardJob>;
}

export function createWorkerDeps(env: WorkerEnv): WorkerDeps {
  const redis = createRedis(env.REDIS_URL);
  return {
    env,
    db: createPrismaClient(env.DATABASE_URL),
    redis,
    shardQueue: createLoadShardQueue(redis, env.STAMPEDE_REDIS_PREFIX),
  };
}

export async function closeWorkerDeps(deps: WorkerDeps) {
  await deps.shardQueue.close();
  deps.redis.disconnect();
  await deps.db.$disconnect();
}
