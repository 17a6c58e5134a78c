// The fault proofs' stage: a demo target, N generator processes (to kill or pause by PID) and one controller
// in the test's process, all on the test file's own Redis prefix.
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { createPrismaClient, type PrismaClient } from "@stampede/db";
import { createRedis } from "@stampede/queue";
import type { Redis } from "ioredis";
import { parseWorkerEnv } from "../env";
import { type RunningWorker, startWorker } from "../start-worker";
import { spawnWorker, type WorkerProcess } from "./worker-process";

/** What a fault proof works with; `close()` stops every process it started. */
export interface GeneratorFleet {
  db: PrismaClient;
  redis: Redis;
  target: DemoTarget;
  generators: WorkerProcess[];
  /** The generator process named `name`. */
  generator(name: string): WorkerProcess;
  close(): Promise<void>;
}

/** Starts the target, one generator-only process per name, and a controller-only worker in this process. */
export async function startGeneratorFleet(prefix: string, generatorNames: string[]): Promise<GeneratorFleet> {
  const controllerEnv = parseWorkerEnv({
    ...process.env,
    STAMPEDE_REDIS_PREFIX: prefix,
    WORKER_NAME: `${generatorNames[0]}-controller`,
    WORKER_GENERATOR: "false",
  });
  const db = createPrismaClient(controllerEnv.DATABASE_URL);
  const redis = createRedis(controllerEnv.REDIS_URL);
  const target = await createDemoTarget({ port: 0 });
  const env = { STAMPEDE_REDIS_PREFIX: prefix, WORKER_CONTROLLER: "false" };
  const generators = await Promise.all(generatorNames.map((name) => spawnWorker(name, env, 60_000)));
  const controller: RunningWorker = await startWorker(controllerEnv, () => {});
  return {
    db,
    redis,
    target,
    generators,
    generator: (name) => generators.find((g) => g.name === name)!,
    async close() {
      await Promise.all(generators.map((g) => g.stop()));
      await controller.close();
      await target.close();
      redis.disconnect();
      await db.$disconnect();
    },
  };
}
