import { parseDuration } from "./duration";
import { CliError } from "./exit-codes";
import { parseThreshold, type TThreshold } from "./thresholds";

/** The load and threshold flags `stampede run` and `stampede remote run` share. */
export interface TLoadAndThresholdArgs {
  vus?: number;
  durationSeconds?: number;
  rampSeconds?: number;
  /** Switches to arrival-rate mode: iterations started per second. */
  rps?: number;
  maxVus?: number;
  thresholds: TThreshold[];
}

export const LOAD_AND_THRESHOLD_FLAGS = ["--vus", "--duration", "--ramp", "--rps", "--max-vus", "--threshold"];

/** A command line split into positionals and `[flag, value]` pairs (value undefined for a switch), in order. */
export interface TSplitFlags {
  positionals: string[];
  flags: [string, string | undefined][];
}

/** Reads both `--vus 10` and `--vus=10`; an unknown flag, or a value flag without its value, is a CliError. */
export function splitFlags(argv: string[], valueFlags: string[], switches: string[]): TSplitFlags {
  const positionals: string[] = [];
  const flags: TSplitFlags["flags"] = [];
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
    const eq = token.indexOf("=");
    const flag = eq > 0 ? token.slice(0, eq) : token;
    if (switches.includes(flag)) {
      if (eq > 0) throw new CliError(`${flag} takes no value`);
      flags.push([flag, undefined]);
      continue;
    }
    if (!valueFlags.includes(flag)) throw new CliError(unknownFlag(flag, [...valueFlags, ...switches]));
    const value = eq > 0 ? token.slice(eq + 1) : argv[i + 1];
    if (eq <= 0) {
      if (value === undefined || value.startsWith("--")) throw new CliError(`${flag} needs a value`);
      i++;
    }
    flags.push([flag, value!]);
  }
  return { positionals, flags };
}

/** Applies one of the shared load or threshold flags; other flags are the caller's. */
export function applyLoadOrThresholdFlag(args: TLoadAndThresholdArgs, flag: string, value: string): void {
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
    case "--threshold":
      args.thresholds.push(parseThreshold(value));
      break;
  }
}

/** Load flags that contradict each other. */
export function checkLoadFlags(args: TLoadAndThresholdArgs): void {
  if (args.rps !== undefined && args.vus !== undefined) {
    throw new CliError("--vus and --rps do not go together: with --rps, cap the VUs with --max-vus");
  }
  if (args.maxVus !== undefined && args.rps === undefined) {
    throw new CliError("--max-vus only applies with --rps (arrival-rate mode); use --vus for a fixed number");
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

export function nonEmpty(flag: string, value: string): string {
  if (value.trim() === "") throw new CliError(`${flag} needs a value`);
  return value;
}

function unknownFlag(flag: string, flags: string[]): string {
  const known = flags.filter((f) => f.startsWith("--"));
  const close = known.find((f) => editDistance(f, flag) <= 2);
  return `unknown option ${flag}${close ? ` (did you mean ${close}?)` : ""}; see stampede --help`;
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
