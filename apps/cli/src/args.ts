import { CliError } from "./exit-codes";
import { applyLoadOrThresholdFlag, checkLoadFlags, nonEmpty, splitFlags } from "./flags";
import { parseRecordArgs, type TRecordArgs } from "./record/record-args";
import { parseRemoteArgs, type TRemoteCommand } from "./remote/remote-args";
import type { TThreshold } from "./thresholds";

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

export type TCliCommand = { command: "help" } | { command: "version" } | TRunArgs | TRemoteCommand | TRecordArgs;

const VALUE_FLAGS = ["--vus", "--duration", "--ramp", "--rps", "--max-vus", "--out", "--threshold", "--data"];
const SWITCHES = ["--quiet", "-q", "--help", "-h", "--version"];

/** Parses the whole command line (without `node` and the script). Bad input throws a CliError (exit 2). */
export function parseArgs(argv: string[]): TCliCommand {
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help" };
  if (argv.includes("--version") || argv[0] === "version") return { command: "version" };
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliError("missing command: try `stampede run <scenario.json>`");
  if (command === "remote") return parseRemoteArgs(rest);
  if (command === "record") return parseRecordArgs(rest);
  if (command !== "run") {
    throw new CliError(
      `unknown command "${command}": the commands are \`run\`, \`remote run\` and \`record\` (see stampede --help)`,
    );
  }
  return parseRunArgs(rest);
}

function parseRunArgs(argv: string[]): TRunArgs {
  const args: TRunArgs = { command: "run", file: "", thresholds: [], quiet: false };
  const { positionals, flags } = splitFlags(argv, VALUE_FLAGS, SWITCHES);
  for (const [flag, value] of flags) {
    if (flag === "--quiet" || flag === "-q") args.quiet = true;
    else if (flag === "--out") args.out = nonEmpty(flag, value!);
    else if (flag === "--data") args.dataDir = nonEmpty(flag, value!);
    else if (value !== undefined) applyLoadOrThresholdFlag(args, flag, value);
  }
  if (positionals.length === 0) throw new CliError("missing scenario file: stampede run <scenario.json>");
  if (positionals.length > 1) throw new CliError(`unexpected argument "${positionals[1]}": run takes one file`);
  args.file = positionals[0]!;
  checkLoadFlags(args);
  return args;
}
