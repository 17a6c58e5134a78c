export { startWorker, type RunningWorker } from "./start-worker";
export { parseWorkerEnv, type WorkerEnv } from "./env";
export { dispatchNotification, notifyFireFailed, notifyRunEnded, type NotifyDeps } from "./notifications/notify";
export { notifyDepsOf } from "./notifications/worker-notify";
