// Starts a target server in its own process, pinned to the target CPU, and waits for its URL.
import type { ChildProcess } from "node:child_process";
import { spawnTracked } from "./processes";

/** A running target process. */
export interface RunningTarget {
  url: string;
  pid: number;
  child: ChildProcess;
}

const READY_TIMEOUT_MS = 30_000;

/** Runs `script` (a TypeScript file, through tsx) with `taskset -c <cpu>` and resolves once it is listening. */
export function startTarget(script: string, cpu: number): Promise<RunningTarget> {
  const child = spawnTracked("taskset", ["-c", String(cpu), process.execPath, "--import", "tsx", script]);
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => fail(`did not report ready within ${READY_TIMEOUT_MS / 1000}s`), READY_TIMEOUT_MS);
    function fail(reason: string) {
      clearTimeout(timer);
      reject(new Error(`target ${script} ${reason}\n${stderr.trim().slice(-2_000)}`));
    }
    const onExit = (code: number | null) => fail(`exited with ${code ?? "a signal"} before it was ready`);
    child.once("exit", onExit);
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const line = stdout.split("\n").find((l) => l.startsWith('{"ready"'));
      if (!line) return;
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve({ url: (JSON.parse(line) as { ready: string }).ready, pid: child.pid!, child });
    });
  });
}
