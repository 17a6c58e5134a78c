// One measured case: a generator pinned to the generator CPU loads a target pinned to the target CPU.
import { readProcCpuSeconds, runMeasured } from "./cpu-time";
import type { Generator, Workload } from "./generators";
import { GENERATOR_CPU } from "./pinning";
import { readBenchCpusBusySeconds } from "./system-load";
import type { RunningTarget } from "./targets";

/** The figures of one case. */
export interface CaseResult {
  id: string;
  label: string;
  workload: Workload;
  /** Which round of the bench's repeated runs this was (1-based). */
  round: number;
  requests: number;
  failures: number;
  durationSeconds: number;
  requestsPerSecond: number;
  /** CPU seconds of the generator process, start-up included. */
  cpuSeconds: number;
  requestsPerCpuSecond: number;
  cpuSecondsPer10kRequests: number;
  maxRssMb: number;
  /** The target's CPU use over the case, in % of its one core: near 100 means the target was the limit. */
  targetCpuPercent: number;
  /** CPU the bench's two cores spent on anything else while the generator ran, in % of one core. */
  otherCpuPercent: number;
  /** Metric frames the engine's sink received (Stampede only). */
  frames?: number;
  /** Part of `cpuSeconds` spent before the load began (the bench's own runners only). */
  startupCpuSeconds?: number;
}

// A generator gets its duration plus this long to start, finish and print before it is stopped.
const SLACK_MS = 60_000;

export async function measureCase(
  generator: Generator,
  target: RunningTarget,
  url: string,
  connections: number,
  durationSeconds: number,
  round = 1,
): Promise<CaseResult> {
  const targetCpuBefore = readProcCpuSeconds(target.pid);
  const busyBefore = readBenchCpusBusySeconds();
  const argv = generator.argv(url, connections, durationSeconds);
  const run = await runMeasured(argv, GENERATOR_CPU, durationSeconds * 1000 + SLACK_MS);
  const targetCpu = readProcCpuSeconds(target.pid) - targetCpuBefore;
  const otherCpu = readBenchCpusBusySeconds() - busyBefore - targetCpu - run.cpuSeconds;
  const result = generator.parse(run.stdout);
  return {
    id: generator.id,
    label: generator.label,
    workload: generator.workload,
    round,
    requests: result.requests,
    failures: result.failures,
    durationSeconds: result.durationSeconds,
    requestsPerSecond: result.requests / result.durationSeconds,
    cpuSeconds: run.cpuSeconds,
    requestsPerCpuSecond: result.requests / run.cpuSeconds,
    cpuSecondsPer10kRequests: (run.cpuSeconds / result.requests) * 10_000,
    maxRssMb: run.maxRssMb,
    targetCpuPercent: (targetCpu / result.durationSeconds) * 100,
    otherCpuPercent: Math.max(0, (otherCpu / run.wallSeconds) * 100),
    ...(result.frames !== undefined && { frames: result.frames }),
    ...(result.startupCpuSeconds !== undefined && { startupCpuSeconds: result.startupCpuSeconds }),
  };
}

/** Unmeasured traffic, so the target's JIT is warm before the first measured case. */
export async function warmUp(generator: Generator, url: string, connections: number, seconds: number): Promise<void> {
  if (seconds > 0)
    await runMeasured(generator.argv(url, connections, seconds), GENERATOR_CPU, seconds * 1000 + SLACK_MS);
}
