import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { waitUntil } from "./wait-until";

const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** Test-only: a worker process (`apps/worker/src/main.ts`, as `npm start` runs it), driven by its PID. */
export interface WorkerProcess {
  name: string;
  pid: number;
  /** Everything it wrote (JSON log lines), for a failing test's message. */
  output(): string;
  /** Whether it is still running (a paused process is). */
  alive(): boolean;
  /** SIGKILL: dies at once, as a crashed machine. */
  kill(): void;
  /** SIGSTOP / SIGCONT: frozen, then going on as if no time had passed. */
  pause(): void;
  resume(): void;
  /** SIGTERM and wait for it to finish its jobs and exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Spawns a worker with `env` on top of this process's environment and waits until it says it is ready.
 * WORKER_NAME is set to `name`; LOG_LEVEL defaults to "info" (the ready line is an info line).
 */
export async function spawnWorker(name: string, env: Record<string, string>, readyMs = 30_000): Promise<WorkerProcess> {
  // Node itself with tsx's loader, not the tsx CLI: the CLI runs the program in a child process, and SIGKILL or
  // SIGSTOP (which it cannot relay) would reach only the wrapper.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: "info", ...env, WORKER_NAME: name },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const signal = (s: NodeJS.Signals) => {
    if (alive()) process.kill(child.pid!, s);
  };
  try {
    await waitUntil(`worker ${name} ready`, async () => !alive() || output.includes(`worker ${name} ready`), readyMs);
    if (!alive()) throw new Error(`worker ${name} exited before it was ready`);
  } catch (error) {
    signal("SIGKILL");
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    name,
    pid: child.pid!,
    output: () => output,
    alive,
    kill: () => signal("SIGKILL"),
    pause: () => signal("SIGSTOP"),
    resume: () => signal("SIGCONT"),
    async stop(graceMs = 10_000) {
      if (!alive()) return;
      signal("SIGCONT"); // a paused process would never see the SIGTERM
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      const timer = setTimeout(() => signal("SIGKILL"), graceMs);
      signal("SIGTERM");
      await exited;
      clearTimeout(timer);
    },
  };
}
