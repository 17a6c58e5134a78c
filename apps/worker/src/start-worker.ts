import {
  checkRedis,
  createMaintenanceQueue,
  createRunControlQueue,
  GeneratorRegistry,
  QUEUES,
  type TShardJob,
  ZRunStartJob,
  ZNotifyJob,
  ZShardJob,
} from "@stampede/queue";
import { getSecretKey } from "@stampede/db";
import type { Logger } from "pino";
import { controlRun } from "./controller/run-controller";
import { closeWorkerDeps, createWorkerDeps } from "./deps";
import { instanceAllowlistOf, type WorkerEnv } from "./env";
import { executeShard } from "./generator/execute-shard";
import { generatorIdentity } from "./generator/generator-identity";
import { type Heartbeat, HeartbeatSampler, startHeartbeat } from "./generator/heartbeat";
import { RunningShards } from "./generator/running-shards";
import { sendDelivery } from "./notifications/send-delivery";
import { createWorkerLogger } from "./logger";
import { reconcileRuns } from "./reconciler/reconcile-runs";
import { keepReconcileScheduled } from "./reconciler/schedule-reconciler";
import { type ProcessorRegistration, registerProcessors } from "./register-processors";
import { notifyFireFailedSafely } from "./notifications/worker-notify";
import { type OnFireFailed, resumeSchedules, scheduleProcessor } from "./schedules/schedule-processor";

/**
 * A controller renews its run's lock every 2 s; one that dies (kill -9, a lost machine) is seen stalled within
 * ~4 s + 2 s and its run is resumed by another controller within ~10 s. A controller job runs for the whole run,
 * so stalls are not counted against it (a long-lived job would otherwise fail after one).
 */
const RUN_CONTROL_WORKER_OPTIONS = { lockDuration: 4000, stalledInterval: 2000, maxStalledCount: 1000 };

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

/** Shards one generator runs at once at most; its capacity (WORKER_MAX_VUS / WORKER_MAX_RATE) is the real limit. */
const GENERATOR_SHARD_CONCURRENCY = 100;

/**
 * Starts this process's BullMQ consumers: run controllers (many at once: they mostly wait) and a load
 * generator, which consumes its own shard queue and heartbeats to the generator registry so controllers can
 * place shards on it. More processes on more machines against the same Redis and Postgres are how Stampede
 * scales out. `log` takes the plain messages (tests pass a no-op); `logger` the structured lines, one per job.
 */
export async function startWorker(
  env: WorkerEnv,
  log?: (line: string) => void,
  logger: Logger = createWorkerLogger(env),
): Promise<RunningWorker> {
  const say = log ?? ((line: string) => logger.info(line));
  await checkRedis(env.REDIS_URL);
  const deps = createWorkerDeps(env);
  await checkPostgres(env.DATABASE_URL, () => deps.db.$queryRaw`SELECT 1`);
  // A generator opens scenario secrets: a bad STAMPEDE_SECRET_KEY stops it here, and the log says where the key is.
  if (env.WORKER_GENERATOR === "true") getSecretKey(say);

  const processors: ProcessorRegistration[] = [];
  // Told when the worker closes: a controller still waiting for generators lets its run go instead of holding
  // the close up for as long as the run may wait.
  const closing = new AbortController();
  if (env.WORKER_CONTROLLER === "true") {
    processors.push({
      queue: QUEUES.runControl,
      concurrency: env.WORKER_CONTROLLER_CONCURRENCY,
      process: (job) => controlRun(deps, ZRunStartJob.parse(job.data).runId, say, closing.signal),
      options: RUN_CONTROL_WORKER_OPTIONS,
    });
  }
  const identity = generatorIdentity(env, Date.now());
  const shards = new RunningShards();
  const runShard = (data: unknown) => {
    const job: TShardJob = ZShardJob.parse(data);
    const ref = { runId: job.runId, shardIndex: job.shardIndex, generation: job.generation ?? 0 };
    return shards.track(ref, () => executeShard(deps, job, say));
  };
  if (env.WORKER_GENERATOR === "true") {
    processors.push({
      queue: QUEUES.generatorShards(identity.id),
      concurrency: GENERATOR_SHARD_CONCURRENCY,
      process: (job) => runShard(job.data),
    });
  }
  // Every worker runs the reconciler's passes (one at a time across all of them: one scheduler, one job each).
  const runControlQueue = createRunControlQueue(deps.redis, env.STAMPEDE_REDIS_PREFIX);
  const maintenanceQueue = createMaintenanceQueue(deps.redis, env.STAMPEDE_REDIS_PREFIX);
  // A Queue re-emits its connection's errors; unheard, one would end the process while Redis is down.
  for (const queue of [runControlQueue, maintenanceQueue]) {
    queue.on("error", (err) => logger.warn({ err, queue: queue.name }, "queue connection error"));
  }
  processors.push({
    queue: QUEUES.maintenance,
    concurrency: 1,
    completedLevel: "debug",
    process: () =>
      reconcileRuns({
        db: deps.db,
        redis: deps.redis,
        prefix: env.STAMPEDE_REDIS_PREFIX,
        runControlQueue,
        reservations: new GeneratorRegistry(deps.redis, env.STAMPEDE_REDIS_PREFIX),
        logger,
      }),
  });
  // Every worker sends notifications (a few at once: each mostly waits for the receiver).
  processors.push({
    queue: QUEUES.notifications,
    concurrency: 5,
    process: (job) =>
      sendDelivery(ZNotifyJob.parse(job.data).deliveryId, {
        db: deps.db,
        key: getSecretKey(say),
        final: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        smtp: env.STAMPEDE_SMTP_URL ? { url: env.STAMPEDE_SMTP_URL, from: env.STAMPEDE_SMTP_FROM } : undefined,
      }),
  });
  // Schedule fires start runs the way the console does (the controllers then take them).
  const lifecycle = {
    db: deps.db,
    runControlQueue,
    redis: deps.redis,
    prefix: env.STAMPEDE_REDIS_PREFIX,
    targetAllowlist: instanceAllowlistOf(env),
  };
  const onFireFailed: OnFireFailed = (fire) => notifyFireFailedSafely(deps, fire, (line) => logger.warn(line));
  processors.push(scheduleProcessor(lifecycle, onFireFailed));
  const workers = registerProcessors(processors, {
    connection: () => deps.redis.duplicate(),
    prefix: env.STAMPEDE_REDIS_PREFIX,
    workerName: env.WORKER_NAME,
    logger,
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  // Beats start once the shard queue is consumed: a controller may place a shard on it as soon as it is seen.
  let heartbeat: Heartbeat | undefined;
  let registry: GeneratorRegistry | undefined;
  if (env.WORKER_GENERATOR === "true") {
    const generators = (registry = new GeneratorRegistry(deps.redis, env.STAMPEDE_REDIS_PREFIX));
    heartbeat = startHeartbeat(
      new HeartbeatSampler(identity, () => shards.list()),
      (info) => generators.heartbeat(info),
      {
        logger: logger.child({ generatorId: identity.id }),
      },
    );
  }
  const stopScheduling = await keepReconcileScheduled(maintenanceQueue, deps.redis, logger);
  const scheduleQueue = await resumeSchedules(lifecycle, deps.redis, logger, onFireFailed);
  say(
    `worker ${env.WORKER_NAME} ready (region ${env.WORKER_REGION}; controller ${env.WORKER_CONTROLLER}, generator ${env.WORKER_GENERATOR}` +
      (heartbeat
        ? ` as ${identity.id}, up to ${env.WORKER_MAX_VUS} VUs and ${env.WORKER_MAX_RATE} iterations/s)`
        : ")"),
  );

  return {
    async close() {
      closing.abort();
      stopScheduling();
      // Beats go on while running shards finish, so no controller takes this generator for lost meanwhile.
      await Promise.all(workers.map((w) => w.close()));
      await heartbeat?.stop();
      // With Redis gone the sign-off fails, and the heartbeat's silence says the same 4 s later.
      await registry?.signOff(identity.id).catch(() => undefined);
      await Promise.all([runControlQueue.close(), maintenanceQueue.close(), scheduleQueue.close()]);
      await closeWorkerDeps(deps);
    },
  };
}
