// The command line and the stdout line shared by the bench's own generator scripts (run-*.ts).
import { parseArgs } from "node:util";

/** What a generator script is asked to do. */
export interface RunnerArgs {
  url: string;
  scenario: string;
  connections: number;
  durationSeconds: number;
}

/** What a generator script reports: one JSON line on stdout. */
export interface RunnerResult {
  requests: number;
  /** Transport errors and non-2xx answers. */
  failures: number;
  durationSeconds: number;
  /** Metric frames the engine pushed to its sink (engine runs only). */
  frames?: number;
  /** CPU seconds the process used before the load began (node start-up, loading the bundle, set-up). */
  startupCpuSeconds?: number;
}

function positiveInt(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function parseRunnerArgs(): RunnerArgs {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      scenario: { type: "string", default: "hello" },
      connections: { type: "string" },
      duration: { type: "string" },
    },
  });
  if (!values.url) throw new Error("--url is required");
  return {
    url: values.url,
    scenario: values.scenario,
    connections: positiveInt("connections", values.connections),
    durationSeconds: positiveInt("duration", values.duration),
  };
}

/** CPU seconds this process has used so far, all threads. */
export function cpuSecondsSoFar(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Runs `count` virtual users at once until `durationSeconds` have passed: `start` begins one with the moment it
 * must stop by and the function it calls when it has. Resolves with the seconds it took.
 */
export async function runVirtualUsers(
  count: number,
  durationSeconds: number,
  start: (endAt: number, done: () => void) => void,
): Promise<number> {
  const started = performance.now();
  const endAt = started + durationSeconds * 1000;
  await Promise.all(Array.from({ length: count }, () => new Promise<void>((resolve) => start(endAt, resolve))));
  return (performance.now() - started) / 1000;
}

export function printResult(result: RunnerResult): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
