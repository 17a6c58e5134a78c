// `npm run soak -- --minutes 30`: a long run of the token scenario through the console's REST API, on a stack
// of its own (throwaway database and Redis prefix, demo target whose tokens expire every 10 s, two load
// generator processes, the console). Not part of `npm test`. Prints auth failures, memory, Redis and Postgres
// growth, and the run's totals against the demo target's own counter.
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { Redis } from "ioredis";
import { DEFAULT_DATABASE_URL, dropDatabase } from "../lib/database";
import { freePort, stopAll, startProcess } from "../lib/processes";
import { deleteKeysWithPrefix } from "../lib/redis-keys";
import { buildWeb, prepareDatabase, type StackSettings, stackEnv, startConsole, startDemoTarget } from "../lib/stack";
import { parseSoakArgs, type SoakOptions } from "./args";
import { formatSnapshots, type Snapshot, takeSnapshot } from "./snapshot";
import { soakScenario } from "./scenario";

/** Memory is compared from the end of the warm-up (JIT, pools and caches filled), not from the start. */
const WARM_UP_SHARE = 0.2;
const MAX_WARM_UP_SECONDS = 120;

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function launch(s: StackSettings) {
  const env = stackEnv(s);
  await startDemoTarget(s);
  // Two generators; the first also controls runs. Warnings only: a soak's log would otherwise be huge.
  const worker = (name: string, controller: boolean) =>
    startProcess(name, process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
      ...env,
      WORKER_NAME: `soak-${name}`,
      WORKER_CONTROLLER: String(controller),
      LOG_LEVEL: "warn",
    });
  const workers = [worker("gen-1", true), worker("gen-2", false)];
  const { web, webUrl } = await startConsole(s);
  return {
    webUrl,
    pids: { "worker gen-1": workers[0]!.child.pid!, "worker gen-2": workers[1]!.child.pid!, web: web.child.pid! },
  };
}

async function soak(options: SoakOptions, s: StackSettings, redis: Redis): Promise<number> {
  await prepareDatabase(s);
  if (!options.skipBuild) await buildWeb(s);
  const { webUrl, pids } = await launch(s);
  const targetUrl = `http://127.0.0.1:${s.demoTargetPort}`;
  const authorization = `Bearer ${s.init!.apiKey}`;
  const { scenario } = await json<{ scenario: { id: string } }>(
    await fetch(`${webUrl}/api/v1/scenarios`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ name: "Soak: token provider + activity", spec: soakScenario(targetUrl) }),
    }),
  );
  // Start the target's counters from zero: the stack's own readiness checks were requests too.
  await json(await fetch(`${targetUrl}/__stats/reset`, { method: "POST" }));
  const durationSeconds = Math.round(options.minutes * 60);
  const load = {
    mode: "rate",
    targetRate: options.rate,
    maxVus: Math.max(10, Math.ceil(options.rate / 2)),
    durationSeconds,
    // Both generator processes carry the load, so the token is shared across workers, not only across VUs.
    generators: 2,
  };
  const { run } = await json<{ run: { id: string } }>(
    await fetch(`${webUrl}/api/v1/scenarios/${scenario.id}/runs`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify(load),
    }),
  );
  const startedAt = Date.now();
  console.log(
    `\nsoak: run ${run.id}, ${options.rate} iterations/s for ${options.minutes} min, tokens live ${options.tokenTtlSeconds} s`,
  );
  const warmUpSeconds = Math.min(MAX_WARM_UP_SECONDS, durationSeconds * WARM_UP_SHARE);
  const snap = () => takeSnapshot(startedAt, pids, redis, s.redisPrefix, s.databaseUrl);
  let warm: Snapshot | undefined;
  let last: Snapshot | undefined;
  let status = "QUEUED";
  let detail:
    | {
        run: { status: string; summary: TRunSummary | null; error: string | null };
        shards?: { generators: { label: string; requests: number }[] };
      }
    | undefined;
  while (!isTerminalRunStatus(status)) {
    await new Promise((r) => setTimeout(r, 5000));
    detail = await json(await fetch(`${webUrl}/api/v1/runs/${run.id}`, { headers: { authorization } }));
    status = detail!.run.status;
    const elapsed = (Date.now() - startedAt) / 1000;
    if (!warm && elapsed >= warmUpSeconds) warm = await snap();
    // The last figures taken while the load still ran: the end of the run for memory's sake.
    if (status === "RUNNING") last = await snap();
    if (elapsed > durationSeconds + 300) throw new Error(`the run is still ${status} 5 minutes past its end`);
  }
  const stats = await json<{ requests: number; unauthorized: number; tokensIssued: number }>(
    await fetch(`${targetUrl}/__stats`),
  );
  const summary = detail!.run.summary;
  const requests = summary?.requests ?? 0;
  const unauthorized = summary?.steps.reduce((n, step) => n + (step.statusCodes["401"] ?? 0), 0) ?? 0;
  console.log(
    `\nSoak result: run ${status}${detail!.run.error ? ` (${detail!.run.error})` : ""} after ${options.minutes} min`,
  );
  console.log(
    `  auth failures: ${unauthorized} 401s seen by the run, ${stats.unauthorized} refused by the target (want 0)`,
  );
  console.log(
    `  tokens issued: ${stats.tokensIssued} (the run lasted ${Math.ceil(durationSeconds / options.tokenTtlSeconds)} token lifetimes; each is refreshed ahead of its expiry)`,
  );
  console.log(
    `  totals: ${requests} requests in the run's summary, ${stats.requests} counted by the target${requests === stats.requests ? " (equal)" : " (DIFFERENT)"}`,
  );
  console.log(`  failures: ${summary?.failures ?? "-"}`);
  const carried = detail!.shards?.generators.map((g) => `${g.label} ${g.requests}`).join(", ");
  console.log(`  requests per generator: ${carried ?? "-"}`);
  if (warm && last) console.log(formatSnapshots(warm, last));
  const ok = status === "FINISHED" && unauthorized === 0 && stats.unauthorized === 0 && requests === stats.requests;
  return ok ? 0 : 1;
}

async function main(): Promise<number> {
  process.chdir(fileURLToPath(new URL("../..", import.meta.url)));
  const options = parseSoakArgs(process.argv.slice(2));
  const id = randomBytes(4).toString("hex");
  const base = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  base.pathname = `/stampede_soak_${id}`;
  const settings: StackSettings = {
    databaseUrl: base.toString(),
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    redisPrefix: `{stampede-soak-${id}}`,
    webPort: await freePort(),
    demoTargetPort: await freePort(),
    demoTokenTtlSeconds: options.tokenTtlSeconds,
    demoTokenGraceSeconds: 2,
    init: {
      adminEmail: "soak@stampede.test",
      adminPassword: randomBytes(12).toString("base64url"),
      apiKey: `stp_${randomBytes(32).toString("base64url")}`,
    },
  };
  const redis = new Redis(settings.redisUrl);
  try {
    return await soak(options, settings, redis);
  } finally {
    await stopAll();
    await deleteKeysWithPrefix(redis, settings.redisPrefix);
    redis.disconnect();
    await dropDatabase(settings.databaseUrl).catch(() => undefined);
  }
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stopAll().then(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(`soak: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
