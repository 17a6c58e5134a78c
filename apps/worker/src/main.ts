import { parseWorkerEnv } from "./env";
import { startWorker } from "./start-worker";

try {
  const worker = await startWorker(parseWorkerEnv());
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`worker: ${signal} received, finishing current jobs`);
    void worker.close().then(() => process.exit(0));
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
} catch (error) {
  console.error(`worker: ${(error as Error).message}`);
  process.exit(1);
}
