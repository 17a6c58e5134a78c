import { CliError } from "../exit-codes";
import {
  applyLoadOrThresholdFlag,
  checkLoadFlags,
  LOAD_AND_THRESHOLD_FLAGS,
  nonEmpty,
  splitFlags,
  type TLoadAndThresholdArgs,
} from "../flags";

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

export type TRemoteCommand = TRemoteRunArgs;

const VALUE_FLAGS = [...LOAD_AND_THRESHOLD_FLAGS, "--url", "--api-key"];
const SWITCHES = ["--quiet", "-q"];

/**
 * Parses what follows `stampede remote`. The key may come from STAMPEDE_API_KEY instead of the command line,
 * so it stays out of shell history and CI logs.
 */
export function parseRemoteArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): TRemoteCommand {
  const [sub, ...rest] = argv;
  if (sub === undefined) throw new CliError("missing remote command: try `stampede remote run <scenario id or file>`");
  if (sub !== "run") {
    throw new CliError(`unknown remote command "${sub}": the only one is \`remote run\` (see stampede --help)`);
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
  if (!args.url) throw new CliError("missing --url: the console's address, e.g. --url https://stampede.example.com");
  args.apiKey ||= env.STAMPEDE_API_KEY?.trim() ?? "";
  if (!args.apiKey) throw new CliError("missing --api-key (or STAMPEDE_API_KEY): a project API key from the console");
  checkLoadFlags(args);
  return args;
}

function consoleUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new CliError(`--url "${value}": expected the console's address, e.g. http://127.0.0.1:3000`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CliError(`--url "${value}": expected an http:// or https:// address`);
  }
  return url.href.replace(/\/+$/, "");
}
