import { CliError } from "../exit-codes";
import {
  applyLoadOrThresholdFlag,
  checkLoadFlags,
  LOAD_AND_THRESHOLD_FLAGS,
  nonEmpty,
  splitFlags,
  type TLoadAndThresholdArgs,
} from "../flags";
import { checkConnection, consoleUrl } from "./remote-connection";
import { parseRemoteScheduleArgs, type TRemoteScheduleArgs } from "./remote-schedule-args";

/** `stampede remote run <scenario id or file> --url <console> --api-key <key> [load] [--threshold ...]`, parsed. */
export interface TRemoteRunArgs extends TLoadAndThresholdArgs {
  command: "remote-run";
  /** A scenario id of the console, or a scenario file to upload first. */
  scenario: string;
  /** The console's base address, without a trailing slash. */
  url: string;
  apiKey: string;
  quiet: boolean;
}

export type TRemoteCommand = TRemoteRunArgs | TRemoteScheduleArgs;

const VALUE_FLAGS = [...LOAD_AND_THRESHOLD_FLAGS, "--url", "--api-key"];
const SWITCHES = ["--quiet", "-q"];

/**
 * Parses what follows `stampede remote`. The key may come from STAMPEDE_API_KEY instead of the command line,
 * so it stays out of shell history and CI logs.
 */
export function parseRemoteArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): TRemoteCommand {
  const [sub, ...rest] = argv;
  if (sub === undefined) throw new CliError("missing remote command: try `stampede remote run <scenario id or file>`");
  if (sub === "schedule") return parseRemoteScheduleArgs(rest, env);
  if (sub !== "run") {
    throw new CliError(
      `unknown remote command "${sub}": use \`remote run\` or \`remote schedule\` (see stampede --help)`,
    );
  }
  const args: TRemoteRunArgs = {
    command: "remote-run",
    scenario: "",
    url: "",
    apiKey: "",
    thresholds: [],
    quiet: false,
  };
  const { positionals, flags } = splitFlags(rest, VALUE_FLAGS, SWITCHES);
  for (const [flag, value] of flags) {
    if (flag === "--quiet" || flag === "-q") args.quiet = true;
    else if (flag === "--url") args.url = consoleUrl(value!);
    else if (flag === "--api-key") args.apiKey = nonEmpty(flag, value!).trim();
    else if (value !== undefined) applyLoadOrThresholdFlag(args, flag, value);
  }
  if (positionals.length === 0) throw new CliError("missing scenario: stampede remote run <scenario id or file>");
  if (positionals.length > 1) {
    throw new CliError(`unexpected argument "${positionals[1]}": remote run takes one scenario id or file`);
  }
  args.scenario = positionals[0]!;
  checkConnection(args, env);
  checkLoadFlags(args);
  return args;
}
