export { startWorker, type RunningWorker } from "./start-worker";
export { parseWorkerEnv, type WorkerEnv } from "./env";
