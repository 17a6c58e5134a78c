import type { PrismaClient } from "@stampede/db";
import { GeneratorRegistry, RunChannel } from "@stampede/queue";
import type { WorkerDeps } from "../deps";
import { retryPostgres } from "./retry-postgres";
import { ShardDispatcher } from "./shard-dispatcher";

/** What every step of one run's control shares: the run, its Redis side, the registry, a patient Postgres. */
export interface ControllerContext {
  deps: WorkerDeps;
  runId: string;
  channel: RunChannel;
  registry: GeneratorRegistry;
  dispatcher: ShardDispatcher;
  log: (line: string) => void;
  /** A Postgres call, retried with backoff while Postgres is unavailable (the frames wait in the stream). */
  pg<T>(fn: (db: PrismaClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function createControllerContext(
  deps: WorkerDeps,
  runId: string,
  log: (line: string) => void,
): ControllerContext {
  const prefix = deps.env.STAMPEDE_REDIS_PREFIX;
  const dispatcher = new ShardDispatcher(deps.redis, prefix);
  return {
    deps,
    runId,
    channel: new RunChannel(deps.redis, prefix, runId),
    registry: new GeneratorRegistry(deps.redis, prefix),
    dispatcher,
    log,
    pg: (fn) =>
      retryPostgres(() => fn(deps.db), {
        onRetry: (e, waitMs) =>
          log(
            `run ${runId}: Postgres unavailable (${(e as Error).message.split("\n").at(-1)}); retrying in ${waitMs} ms`,
          ),
      }),
    close: () => dispatcher.close(),
  };
}
