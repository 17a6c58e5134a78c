import { homedir } from "node:os";
import { join } from "node:path";
// The host rules alone: parsing flags must not load the proxy library.
import { parseHostRule } from "@stampede/recorder/host-filter";
import { CliError } from "../exit-codes";
import { nonEmpty, splitFlags } from "../flags";

/** `stampede record --hosts <list> [--port N] [--out FILE] [--ca-dir DIR] [--listen ADDR]`, parsed. */
export interface TRecordArgs {
  command: "record";
  /** Hosts to record, as written (`127.0.0.1:4010`, `shop.test`); others pass through unrecorded. */
  hosts: string[];
  port: number;
  out: string;
  caDir: string;
  /** The address to listen on; 127.0.0.1 unless asked for by name. */
  listen: string;
}

/** The port the proxy listens on when none is given: the one proxy how-tos use. */
export const DEFAULT_RECORD_PORT = 8888;

const VALUE_FLAGS = ["--hosts", "--port", "--out", "--ca-dir", "--listen"];

/**
 * Parses what follows `stampede record`. The CA directory defaults to STAMPEDE_DATA_DIR's `recorder-ca` (the
 * console's), else ~/.stampede/recorder-ca, so the certificate a user installed once keeps working.
 */
export function parseRecordArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): TRecordArgs {
  const args: TRecordArgs = {
    command: "record",
    hosts: [],
    port: DEFAULT_RECORD_PORT,
    out: "recording.har",
    caDir: join(env.STAMPEDE_DATA_DIR?.trim() || join(homedir(), ".stampede"), "recorder-ca"),
    listen: "127.0.0.1",
  };
  const { positionals, flags } = splitFlags(argv, VALUE_FLAGS, []);
  if (positionals.length > 0) {
    throw new CliError(`unexpected argument "${positionals[0]}": record takes only options (see stampede --help)`);
  }
  for (const [flag, value] of flags) {
    if (flag === "--hosts") args.hosts.push(...parseHosts(value!));
    else if (flag === "--port") args.port = parsePort(value!);
    else if (flag === "--out") args.out = nonEmpty(flag, value!);
    else if (flag === "--ca-dir") args.caDir = nonEmpty(flag, value!);
    else if (flag === "--listen") args.listen = nonEmpty(flag, value!).trim();
  }
  if (args.hosts.length === 0) {
    throw new CliError("missing --hosts: the hosts to record, e.g. --hosts 127.0.0.1:4010,api.example.internal");
  }
  return args;
}

function parseHosts(value: string): string[] {
  const entries = value.split(",").map((entry) => entry.trim());
  entries.forEach((entry, index) => {
    const rule = parseHostRule(entry);
    if (typeof rule === "string") throw new CliError(`--hosts entry ${index + 1}: ${rule}`);
  });
  return entries;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) {
    throw new CliError(`--port "${value}": expected a port number from 1 to 65535`);
  }
  return port;
}
