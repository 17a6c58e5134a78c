// CPU time of processes, two ways. A generator runs under GNU time, which reads the kernel's rusage of the
// process it waited for (all threads, plus any children it reaped): exact, and nothing has to be sampled
// just before the process exits. Targets live for the whole bench, so /proc/<pid>/stat is read around a case.
import { readFileSync } from "node:fs";
import type { Readable } from "node:stream";
import { spawnTracked, stopTracked } from "./processes";

export const TIME_BIN = "/usr/bin/time";
const TIME_MARK = "stampede-bench-cpu:";

/** What a generator printed and what it cost. */
export interface MeasuredRun {
  stdout: string;
  stderr: string;
  /** User + system CPU seconds of the generator process (wrappers excluded: they only wait). */
  cpuSeconds: number;
  maxRssMb: number;
  wallSeconds: number;
}

/** Runs `argv` pinned to `cpu` under GNU time; rejects on a non-zero exit or after `timeoutMs`. */
export async function runMeasured(argv: string[], cpu: number, timeoutMs: number): Promise<MeasuredRun> {
  const started = performance.now();
  // GNU time writes its line to stderr after the command's own output, marked so it cannot be confused with
  // it. No temporary file, so nothing is left behind when the bench is stopped.
  const timeArgs = [TIME_BIN, "-f", `${TIME_MARK} %U %S %M`];
  const child = spawnTracked("taskset", ["-c", String(cpu), ...timeArgs, ...argv]);
  const collect = (stream: Readable) => {
    let text = "";
    stream.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    return () => text;
  };
  const stdout = collect(child.stdout!);
  const stderr = collect(child.stderr!);
  const timer = setTimeout(() => void stopTracked(child), timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (exitCode) => resolve(exitCode));
  });
  clearTimeout(timer);
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(`${argv.join(" ")} exited with ${code ?? "a signal"}:\n${stderr().trim().slice(-2_000)}`);
  }
  const lines = stderr().trim().split("\n");
  const lastLine = lines.findLast((line) => line.startsWith(`${TIME_MARK} `)) ?? "";
  const [user, system, rssKb] = lastLine.split(" ").slice(1).map(Number);
  if (user === undefined || system === undefined || rssKb === undefined || [user, system, rssKb].some(isNaN)) {
    throw new Error(`cannot read CPU time from ${TIME_BIN} output: "${lastLine}"`);
  }
  const ownStderr = lines.filter((line) => line !== lastLine).join("\n");
  return { stdout: stdout(), stderr: ownStderr, cpuSeconds: user + system, maxRssMb: rssKb / 1024, wallSeconds };
}

// USER_HZ: the unit of utime/stime in /proc; 100 on every Linux architecture Node runs on.
const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds a running process has used so far (all its threads). */
export function readProcCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Field 2 (comm) may hold spaces and parentheses; count fields from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}
