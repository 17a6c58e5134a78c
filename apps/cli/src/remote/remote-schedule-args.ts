import { cronIssue, isTimeZone, SCHEDULE_MISSED_FIRES, SCHEDULE_OVERLAPS } from "@stampede/contracts";
import { CliError } from "../exit-codes";
import { applyLoadOrThresholdFlag, checkLoadFlags, nonEmpty, splitFlags, type TLoadAndThresholdArgs } from "../flags";
import { checkConnection, consoleUrl } from "./remote-connection";

const LOAD_FLAGS = ["--vus", "--duration", "--ramp", "--rps", "--max-vus"];

interface TConnection {
  command: "remote-schedule";
  url: string;
  apiKey: string;
}

export interface TRemoteScheduleList extends TConnection {
  action: "list";
  scenario?: string;
}

export interface TRemoteSchedulePause extends TConnection {
  action: "pause" | "resume";
  scheduleId: string;
}

export interface TRemoteScheduleCreate extends TConnection, TLoadAndThresholdArgs {
  action: "create";
  scenario: string;
  name: string;
  cron?: string;
  runAt?: string;
  timezone?: string;
  overlap?: string;
  missedFire?: string;
  maxRuns?: number;
}

/** `stampede remote schedule list|create|pause|resume ...`, parsed. */
export type TRemoteScheduleArgs = TRemoteScheduleList | TRemoteSchedulePause | TRemoteScheduleCreate;

const ACTIONS = ["list", "create", "pause", "resume"] as const;
const CREATE_FLAGS = ["--name", "--cron", "--at", "--timezone", "--overlap", "--missed", "--max-runs", ...LOAD_FLAGS];

/** Parses what follows `stampede remote schedule`. Values the console would refuse are refused here first. */
export function parseRemoteScheduleArgs(argv: string[], env: NodeJS.ProcessEnv): TRemoteScheduleArgs {
  const [action, ...rest] = argv;
  if (!action || !ACTIONS.includes(action as (typeof ACTIONS)[number])) {
    throw new CliError(
      `${action ? `unknown schedule command "${action}"` : "missing schedule command"}: use ${ACTIONS.map((a) => `\`remote schedule ${a}\``).join(", ")}`,
    );
  }
  const valueFlags = [
    "--url",
    "--api-key",
    ...(action === "create" ? CREATE_FLAGS : action === "list" ? ["--scenario"] : []),
  ];
  const { positionals, flags } = splitFlags(rest, valueFlags, []);
  const connection = { url: "", apiKey: "" };
  const create: TRemoteScheduleCreate = {
    command: "remote-schedule",
    action: "create",
    scenario: "",
    name: "",
    thresholds: [],
    ...connection,
  };
  let scenarioFilter: string | undefined;
  for (const [flag, value] of flags) {
    const v = value!;
    if (flag === "--url") connection.url = consoleUrl(v);
    else if (flag === "--api-key") connection.apiKey = nonEmpty(flag, v).trim();
    else if (flag === "--scenario") scenarioFilter = nonEmpty(flag, v).trim();
    else if (flag === "--name") create.name = nonEmpty(flag, v).trim();
    else if (flag === "--cron") create.cron = cronFlag(v);
    else if (flag === "--at") create.runAt = dateFlag(v);
    else if (flag === "--timezone") create.timezone = timeZoneFlag(v);
    else if (flag === "--overlap") create.overlap = oneOf(flag, v, SCHEDULE_OVERLAPS);
    else if (flag === "--missed") create.missedFire = oneOf(flag, v, SCHEDULE_MISSED_FIRES);
    else if (flag === "--max-runs") create.maxRuns = wholeNumber(flag, v);
    else applyLoadOrThresholdFlag(create, flag, v);
  }
  checkConnection(connection, env);
  const only = (what: string) => {
    if (positionals.length !== 1) {
      throw new CliError(
        `remote schedule ${action} takes ${what}${positionals.length ? `, got ${positionals.length} arguments` : ""}`,
      );
    }
    return positionals[0]!;
  };
  if (action === "list") {
    if (positionals.length)
      throw new CliError(`unexpected argument "${positionals[0]}": use --scenario <id> to filter`);
    return { command: "remote-schedule", action, scenario: scenarioFilter, ...connection };
  }
  if (action === "pause" || action === "resume") {
    return { command: "remote-schedule", action, scheduleId: only("one schedule id"), ...connection };
  }
  create.scenario = only("one scenario id");
  if (!create.name) throw new CliError("missing --name: what the schedule is called, e.g. --name nightly");
  if (!create.cron === !create.runAt) throw new CliError("give either --cron '<expression>' or --at <date and time>");
  if (create.timezone && !create.cron)
    throw new CliError("--timezone applies to --cron (an --at time carries its offset)");
  checkLoadFlags(create);
  return { ...create, ...connection };
}

function cronFlag(value: string): string {
  const issue = cronIssue(value);
  if (issue) throw new CliError(`--cron "${value}": ${issue}`);
  return value.trim();
}

function dateFlag(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new CliError(`--at "${value}": expected a date and time, e.g. 2026-12-24T18:00:00+08:00`);
  }
  return date.toISOString();
}

function timeZoneFlag(value: string): string {
  if (!isTimeZone(value.trim()))
    throw new CliError(`--timezone "${value}": unknown IANA time zone, e.g. Asia/Shanghai`);
  return value.trim();
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new CliError(`${flag} "${value}": expected one of ${allowed.join(", ")}`);
  return value as T;
}

function wholeNumber(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new CliError(`${flag} "${value}": expected a whole number ≥ 1`);
  return Number(value);
}
