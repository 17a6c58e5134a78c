import { parseDuration } from "./duration";
import { CliError } from "./exit-codes";
import { parseThreshold, type TThreshold } from "./thresholds";

/** `stampede run <file> [options]`, parsed. Load flags left out are taken from the file, or defaults. */
export interface TRunArgs {
  command: "run";
  file: string;
  vus?: number;
  durationSeconds?: number;
  rampSeconds?: number;
  /** Switches to arrival-rate mode: iterations started per second. */
  rps?: number;
  maxVus?: number;
  out?: string;
  /** Directory data source files are read from; defaults to the scenario file's directory. */
  dataDir?: string;
  thresholds: TThreshold[];
  quiet: boolean;
}

export type TCliCommand = { command: "help" } | { command: "version" } | TRunArgs;

const VALUE_FLAGS = ["--vus", "--duration", "--ramp", "--rps", "--max-vus", "--out", "--threshold", "--data"];
const SWITCHES = ["--quiet", "-q", "--help", "-h", "--version"];

/** Parses the whole command line (without `node` and the script). Bad input throws a CliError (exit 2). */
export function parseArgs(argv: string[]): TCliCommand {
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  if (argv.includes("--version") || argv[0] === "version") return { command: "version" };
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliError("missing command: try `stampede run <scenario.json>`");
  if (command !== "run") {
    throw new CliError(`unknown command "${command}": the only command is \`run\` (see stampede --help)`);
  }
  return parseRunArgs(rest);
}

function parseRunArgs(argv: string[]): TRunArgs {
  const args: TRunArgs = { command: "run", file: "", thresholds: [], quiet: false };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith("-") || token === "-") {
      positionals.push(token);
      continue;
    }
    // Both `--vus 10` and `--vus=10`.
    const eq = token.indexOf("=");
    const flag = eq > 0 ? token.slice(0, eq) : token;
    if (SWITCHES.includes(flag)) {
      if (eq > 0) throw new CliError(`${flag} takes no value`);
      if (flag === "--quiet" || flag === "-q") args.quiet = true;
      continue;
    }
    if (!VALUE_FLAGS.includes(flag)) throw new CliError(unknownFlag(flag));
    let value: string | undefined = eq > 0 ? token.slice(eq + 1) : argv[i + 1];
    if (eq <= 0) {
      if (value === undefined || value.startsWith("--")) throw new CliError(`${flag} needs a value`);
      i++;
    }
    value = value!;
    applyFlag(args, flag, value);
  }
  if (positionals.length === 0) throw new CliError("missing scenario file: stampede run <scenario.json>");
  if (positionals.length > 1) throw new CliError(`unexpected argument "${positionals[1]}": run takes one file`);
  args.file = positionals[0]!;
  if (args.rps !== undefined && args.vus !== undefined) {
    throw new CliError("--vus and --rps do not go together: with --rps, cap the VUs with --max-vus");
  }
  if (args.maxVus !== undefined && args.rps === undefined) {
    throw new CliError("--max-vus only applies with --rps (arrival-rate mode); use --vus for a fixed number");
  }
  return args;
}

function applyFlag(args: TRunArgs, flag: string, value: string): void {
  switch (flag) {
    case "--vus":
      args.vus = positiveInteger(flag, value);
      break;
    case "--max-vus":
      args.maxVus = positiveInteger(flag, value);
      break;
    case "--rps":
      args.rps = positiveNumber(flag, value);
      break;
    case "--duration":
      args.durationSeconds = parseDuration(flag, value);
      if (args.durationSeconds < 1) throw new CliError(`${flag} "${value}": a run lasts at least 1s`);
      break;
    case "--ramp":
      args.rampSeconds = parseDuration(flag, value);
      break;
    case "--out":
      args.out = nonEmpty(flag, value);
      break;
    case "--data":
      args.dataDir = nonEmpty(flag, value);
      break;
    case "--threshold":
      args.thresholds.push(parseThreshold(value));
      break;
  }
}

function positiveInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new CliError(`${flag} "${value}": expected a whole number ≥ 1`);
  return Number(value);
}

function positiveNumber(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0)
    throw new CliError(`${flag} "${value}": expected a number > 0`);
  return n;
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === "") throw new CliError(`${flag} needs a value`);
  return value;
}

function unknownFlag(flag: string): string {
  const known = [...VALUE_FLAGS, ...SWITCHES].filter((f) => f.startsWith("--"));
  const close = known.find((f) => editDistance(f, flag) <= 2);
  return `unknown option ${flag}${close ? ` (did you mean ${close}?)` : ""}; see stampede run --help`;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
