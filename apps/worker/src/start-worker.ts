import { checkRedis, QUEUES, type TRunStartJob, type TShardJob, ZRunStartJob, ZShardJob } from "@stampede/queue";
import { Worker } from "bullmq";
import { controlRun } from "./controller/run-controller";
import { closeWorkerDeps, createWorkerDeps } from "./deps";
import type { WorkerEnv } from "./env";
import { executeShard } from "./generator/execute-shard";

export interface RunningWorker {
  close(): Promise<void>;
}

/** Explains an unreachable Postgres the way a person can act on. */
async function checkPostgres(url: string, query: () => Promise<unknown>) {
  try {
    await query();
  } catch (error) {
    const where = new URL(url);
    throw new Error(
      `Cannot reach Postgres at ${where.hostname}:${where.port || 5432}${where.pathname} (${(error as Error).message}).\n` +
        `  Start it (for example: docker compose up -d postgres redis), set DATABASE_URL, and apply migrations (npm run db:deploy).`,
    );
  }
}

/**
 * Starts this process's BullMQ consumers: run controllers (many at once: they mostly wait) and one load
 * generator (concurrency 1: a shard wants the whole process). More processes on more machines against the
 * same Redis and Postgres are how Stampede scales out.
 */
export async function startWorker(env: WorkerEnv, log: (line: string) => void = console.log): Promise<RunningWorker> {
  await checkRedis(env.REDIS_URL);
  const deps = createWorkerDeps(env);
  await checkPostgres(env.DATABASE_URL, () => deps.db.$queryRaw`SELECT 1`);
  const prefix = env.STAMPEDE_REDIS_PREFIX;
  const workers: Worker[] = [];

  if (env.WORKER_CONTROLLER === "true") {
    const controller = new Worker<TRunStartJob>(
      QUEUES.runControl,
      async (job) => controlRun(deps, ZRunStartJob.parse(job.data).runId),
      {
        connection: deps.redis.duplicate(),
        prefix,
        concurrency: env.WORKER_CONTROLLER_CONCURRENCY,
        name: env.WORKER_NAME,
      },
    );
    controller.on("failed", (job, err) => log(`run controller failed for run ${job?.data.runId}: ${err.message}`));
    workers.push(controller);
  }
  if (env.WORKER_GENERATOR === "true") {
    const generator = new Worker<TShardJob>(
      QUEUES.loadShard,
      async (job) => executeShard(deps, ZShardJob.parse(job.data), log),
      { connection: deps.redis.duplicate(), prefix, concurrency: 1, name: env.WORKER_NAME },
    );
    generator.on("failed", (job, err) => log(`load shard failed for run ${job?.data.runId}: ${err.message}`));
    workers.push(generator);
  }
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  log(
    `worker ${env.WORKER_NAME} ready (region ${env.WORKER_REGION}; controller ${env.WORKER_CONTROLLER}, generator ${env.WORKER_GENERATOR})`,
  );

  return {
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await closeWorkerDeps(deps);
    },
  };
}
