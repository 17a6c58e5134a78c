// Starts a target server in its own process, pinned to the target CPU, and waits for its URL.
import type { ChildProcess } from "node:child_process";
import type { Workload } from "./generators";
import { spawnTracked } from "./processes";

/** The server one workload loads, and the path its generators are pointed at. */
export interface WorkloadTarget {
  script: string;
  path: string;
  label: string;
}

export const TARGET_CHOICES = ["fast", "node-http"] as const;
export type TargetChoice = (typeof TARGET_CHOICES)[number];

const fast = { script: "scripts/bench/target-fast.ts", label: "fast node:net target" };

/**
 * `fast` (the default) serves both workloads from target-fast.ts, cheap enough that the generator sets the
 * pace. `node-http` is the earlier setup — a minimal node:http server and the project's demo target — under
 * which the target saturates its core and generators wait on it; kept to show that difference.
 */
export const WORKLOAD_TARGETS: Record<TargetChoice, Record<Exclude<Workload, "post">, WorkloadTarget>> = {
  fast: { get: { ...fast, path: "/hello" }, token: { ...fast, path: "" } },
  "node-http": {
    get: { script: "scripts/bench/target-hello.ts", path: "/hello", label: "minimal node:http server" },
    token: { script: "scripts/bench/target-demo.ts", path: "", label: "demo target on node:http" },
  },
};

/** A running target process. */
export interface RunningTarget {
  url: string;
  pid: number;
  child: ChildProcess;
}

const READY_TIMEOUT_MS = 30_000;

/**
 * Runs `script` (a TypeScript file, through tsx: its start-up is not measured, only CPU during cases) with
 * `taskset -c <cpu>` and resolves once it is listening.
 */
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
