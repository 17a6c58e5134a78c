import { pino, type DestinationStream, type Logger } from "pino";
import type { WorkerEnv } from "./env";

/** The process's logger: JSON lines on stdout, each naming the worker, at the level LOG_LEVEL asks for. */
export function createWorkerLogger(
  env: Pick<WorkerEnv, "LOG_LEVEL" | "WORKER_NAME">,
  destination?: DestinationStream,
): Logger {
  const options = { level: env.LOG_LEVEL, base: { worker: env.WORKER_NAME } };
  return destination ? pino(options, destination) : pino(options);
}
