// The load generators under comparison: how each is started, and how its output becomes a RunnerResult.
// Each runs as a process of its own, so its CPU time is its own and nothing else's.
import { spawnSync } from "node:child_process";
import { type RunnerName, bundlePath } from "./bundle-runners";
import { LITERAL_BODY, ORDER_PATH } from "./post-flow";
import type { RunnerResult } from "./runner-io";

/** The workloads: a plain GET, the demo's two-step token flow, and one JSON POST. */
export type Workload = "get" | "token" | "post";

/** One load generator on one workload. */
export interface Generator {
  id: string;
  label: string;
  workload: Workload;
  /** The command line, given the URL to load and the bench's settings. */
  argv(url: string, connections: number, durationSeconds: number): string[];
  parse(stdout: string): RunnerResult;
}

// Plain node on the bundle bundleRunners() wrote: no TypeScript compiled at start-up (see bundle-runners.ts).
const runner = (name: RunnerName) => [process.execPath, bundlePath(name)];

/** Our own runners print one JSON line: the last line of stdout. */
function parseRunnerLine(stdout: string): RunnerResult {
  const line = stdout.trim().split("\n").at(-1) ?? "";
  const result = JSON.parse(line) as Partial<RunnerResult>;
  if (typeof result.requests !== "number" || typeof result.durationSeconds !== "number") {
    throw new Error(`runner printed no result: "${line}"`);
  }
  return { failures: 0, ...result } as RunnerResult;
}

function numberAt(source: Record<string, unknown>, key: string): number {
  const value = source[key];
  if (typeof value !== "number") throw new Error(`autocannon output has no number "${key}"`);
  return value;
}

function parseAutocannon(stdout: string): RunnerResult {
  const out = JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as Record<string, unknown>;
  const requests = numberAt((out.requests ?? {}) as Record<string, unknown>, "total");
  const failures = numberAt(out, "errors") + numberAt(out, "timeouts") + numberAt(out, "non2xx");
  return { requests, failures, durationSeconds: numberAt(out, "duration") };
}

const WRK_UNIT_SECONDS: Record<string, number> = { us: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

function parseWrk(stdout: string): RunnerResult {
  const total = /(\d+) requests in ([\d.]+)(us|ms|s|m|h),/.exec(stdout);
  if (!total) throw new Error(`cannot read wrk output:\n${stdout}`);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const socketErrors = socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0;
  return {
    requests: Number(total[1]),
    failures: non2xx + socketErrors,
    durationSeconds: Number(total[2]) * WRK_UNIT_SECONDS[total[3]!]!,
  };
}

export const autocannon: Generator = {
  id: "get-autocannon",
  label: "autocannon",
  workload: "get",
  argv: (url, c, d) => ["node_modules/.bin/autocannon", "-c", String(c), "-d", String(d), "-j", url],
  parse: parseAutocannon,
};

export const wrk: Generator = {
  id: "get-wrk",
  label: "wrk -t1",
  workload: "get",
  argv: (url, c, d) => ["wrk", "-t1", `-c${c}`, `-d${d}s`, url],
  parse: parseWrk,
};

export const stampedeGet: Generator = {
  id: "get-stampede",
  label: "Stampede engine",
  workload: "get",
  argv: (url, c, d) => [...runner("run-engine"), "--scenario", "hello", "--url", url, ...runnerFlags(c, d)],
  parse: parseRunnerLine,
};

/** undici's dispatch() loop sending the engine's GET: the floor under the engine's GET, and its POST's "its GET". */
export const undiciDispatchGet: Generator = {
  id: "get-undici-dispatch",
  label: "undici Pool.dispatch() loop",
  workload: "get",
  argv: (url, c, d) => [...runner("run-undici-post"), "--scenario", "get", "--url", url, ...runnerFlags(c, d)],
  parse: parseRunnerLine,
};

/**
 * The POST cases run on the GET workload's target, in its rounds, so that each is compared with a GET run
 * minutes apart at most: they are handed the GET URL and send to the same server's POST route.
 */
const orderUrl = (getUrl: string) => new URL(ORDER_PATH, getUrl).href;

export const autocannonPost: Generator = {
  id: "post-autocannon",
  label: "autocannon, literal body",
  workload: "post",
  argv: (url, c, d) => [
    ...["node_modules/.bin/autocannon", "-c", String(c), "-d", String(d), "-m", "POST"],
    ...["-H", "content-type=application/json", "-b", LITERAL_BODY, "-j", orderUrl(url)],
  ],
  parse: parseAutocannon,
};

export const stampedePostLiteral: Generator = {
  id: "post-stampede-literal",
  label: "Stampede engine, literal body",
  workload: "post",
  argv: (url, c, d) => [
    ...[...runner("run-engine"), "--scenario", "post-literal", "--url", orderUrl(url)],
    ...runnerFlags(c, d),
  ],
  parse: parseRunnerLine,
};

export const stampedePostTemplate: Generator = {
  id: "post-stampede-template",
  label: "Stampede engine, templated body",
  workload: "post",
  argv: (url, c, d) => [
    ...[...runner("run-engine"), "--scenario", "post-template", "--url", orderUrl(url)],
    ...runnerFlags(c, d),
  ],
  parse: parseRunnerLine,
};

export const undiciDispatchPostTemplate: Generator = {
  id: "post-undici-dispatch-template",
  label: "undici Pool.dispatch() loop, templated body",
  workload: "post",
  argv: (url, c, d) => [
    ...[...runner("run-undici-post"), "--scenario", "post-template", "--url", orderUrl(url)],
    ...runnerFlags(c, d),
  ],
  parse: parseRunnerLine,
};

export const undiciRequestToken: Generator = {
  id: "token-undici-request",
  label: "undici Pool.request() loop",
  workload: "token",
  argv: (url, c, d) => [...runner("run-undici-token"), "--url", url, ...runnerFlags(c, d)],
  parse: parseRunnerLine,
};

export const undiciDispatchToken: Generator = {
  id: "token-undici-dispatch",
  label: "undici Pool.dispatch() loop",
  workload: "token",
  argv: (url, c, d) => [...runner("run-undici-dispatch"), "--url", url, ...runnerFlags(c, d)],
  parse: parseRunnerLine,
};

export const stampedeToken: Generator = {
  id: "token-stampede",
  label: "Stampede engine",
  workload: "token",
  argv: (url, c, d) => [...runner("run-engine"), "--scenario", "token", "--url", url, ...runnerFlags(c, d)],
  parse: parseRunnerLine,
};

function runnerFlags(connections: number, durationSeconds: number): string[] {
  return ["--connections", String(connections), "--duration", String(durationSeconds)];
}

/** wrk is a reference tool, used when installed (`apt-get install -y wrk`). */
export function isWrkInstalled(): boolean {
  return spawnSync("wrk", ["--version"], { stdio: "ignore" }).error === undefined;
}
