// The bench's command line.
import { parseArgs } from "node:util";
import { TARGET_CHOICES, type TargetChoice } from "./targets";

/** How the bench runs. */
export interface BenchOptions {
  /** Seconds each measured case runs. */
  durationSeconds: number;
  /** Connections of every generator (VUs for Stampede). */
  connections: number;
  /** Seconds of unmeasured traffic that warms each target's JIT before its first case. */
  warmupSeconds: number;
  /** Which servers are loaded (see targets.ts). */
  target: TargetChoice;
  /** Where to write the results as JSON, if anywhere. */
  jsonPath?: string;
}

export const USAGE = `Usage: npm run bench -- [--duration 10] [--connections 50] [--warmup 2] [--target fast|node-http] [--json out.json]`;

function integer(name: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

function targetChoice(raw: string): TargetChoice {
  if (!(TARGET_CHOICES as readonly string[]).includes(raw)) {
    throw new Error(`--target must be one of ${TARGET_CHOICES.join(", ")}, got "${raw}"`);
  }
  return raw as TargetChoice;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "50" },
      warmup: { type: "string", default: "2" },
      target: { type: "string", default: "fast" },
      json: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    durationSeconds: integer("duration", values.duration, 1),
    connections: integer("connections", values.connections, 1),
    warmupSeconds: integer("warmup", values.warmup, 0),
    target: targetChoice(values.target),
    jsonPath: values.json,
  };
}
