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
  /**
   * Which parts run: the CPU comparisons (get, token), JSON POST next to GET (post), TPS mode (rate), memory per
   * VU (memory), TPS through the CLI (cli), and, only when named, the live pipeline (pipeline: needs Postgres and Redis)
   * and the console's memory for a 100 MB CSV upload and a 50 MB JSON body (upload: Postgres, Redis, a console build).
   */
  parts: BenchPart[];
  /** How many times each case of the CPU comparisons and the CLI runs (rounds, interleaved). */
  runs: number;
  /** Seconds of each CLI TPS run. */
  cliDurationSeconds: number;
  /** TPS mode: iterations per second, and its VU cap. */
  rate: number;
  rateMaxVus: number;
  /** Memory: how many VUs. */
  memoryVus: number;
}

export const BENCH_PARTS = ["get", "token", "post", "rate", "memory", "cli", "pipeline", "upload"] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];
/** What runs when --parts is not given: the engine's parts, which need no services. */
const DEFAULT_PARTS = "get,token,post,rate,memory,cli";

function parts(raw: string): BenchPart[] {
  const list = raw.split(",").map((p) => p.trim());
  const bad = list.filter((p) => !(BENCH_PARTS as readonly string[]).includes(p));
  if (bad.length > 0 || list.length === 0) {
    throw new Error(`--parts takes a comma-separated list of ${BENCH_PARTS.join(", ")}; got "${raw}"`);
  }
  return list as BenchPart[];
}

export const USAGE = `Usage: npm run bench -- [--duration 10] [--connections 50] [--warmup 2] [--target fast|node-http]
    [--parts get,token,post,rate,memory,cli,pipeline,upload] [--runs 3] [--rate 20000] [--max-vus 1000]
    [--memory-vus 10000] [--cli-duration 20] [--json out.json]`;

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
      parts: { type: "string", default: DEFAULT_PARTS },
      rate: { type: "string", default: "20000" },
      "max-vus": { type: "string", default: "1000" },
      "memory-vus": { type: "string", default: "10000" },
      runs: { type: "string", default: "3" },
      "cli-duration": { type: "string", default: "20" },
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
    parts: parts(values.parts),
    runs: integer("runs", values.runs, 1),
    cliDurationSeconds: integer("cli-duration", values["cli-duration"], 1),
    rate: integer("rate", values.rate, 1),
    rateMaxVus: integer("max-vus", values["max-vus"], 1),
    memoryVus: integer("memory-vus", values["memory-vus"], 1),
  };
}
