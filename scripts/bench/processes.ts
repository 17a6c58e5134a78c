// Every process the bench starts is spawned here, in a process group of its own, and stopped by that
// group's id on every way out (normal end, error, Ctrl-C). A group, because `taskset` and `/usr/bin/time`
// exec or fork the real program: signalling the group reaches the generator, not only its wrapper.
import { type ChildProcess, spawn } from "node:child_process";

const live = new Map<number, ChildProcess>();

/** Spawns a command as the leader of a new process group and tracks it until it exits. */
export function spawnTracked(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  live.set(pid, child);
  child.once("exit", () => live.delete(pid));
  return child;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Asks one tracked process group to stop, and kills it if it has not exited after `graceMs`. */
export async function stopTracked(child: ChildProcess, graceMs = 2_000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || !live.has(pid)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(pid, "SIGTERM");
  const timer = setTimeout(() => signalGroup(pid, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Stops every process group still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...live.values()].map((child) => stopTracked(child)));
}

/** Makes Ctrl-C, SIGTERM and an unexpected exit stop the children too. */
export function installCleanup(): void {
  const onSignal = (code: number) => () => {
    process.stderr.write("\nbench: stopping child processes...\n");
    void stopAll().finally(() => process.exit(code));
  };
  process.once("SIGINT", onSignal(130));
  process.once("SIGTERM", onSignal(143));
  // Last resort when the process exits without going through stopAll (an uncaught error): no time to wait.
  process.once("exit", () => {
    for (const pid of live.keys()) signalGroup(pid, "SIGKILL");
  });
}
