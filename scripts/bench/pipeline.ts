// The live pipeline bench: simulated generators write frames straight into a run's stream; one controller (a
// real worker process, controller only) merges, persists and publishes them. Measures how long after each
// second's end its merged point was published (it is persisted just before), and the controller's CPU.
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { demoScenarioSpec, isTerminalRunStatus, ZScenarioSpec } from "@stampede/contracts";
import { createPrismaClient, createScenario, getRunById, type PrismaClient } from "@stampede/db";
import { createRedis, createRunControlQueue, runKeys, ZLiveMessage } from "@stampede/queue";
import { startRun } from "@stampede/runs";
import { DEFAULT_DATABASE_URL, dropDatabase, ensureDatabase } from "../lib/database";
import { deleteKeysWithPrefix } from "../lib/redis-keys";
import { readProcCpuSeconds } from "./cpu-time";
import { startSimulatedGenerators, type SentLog } from "./pipeline-generators";
import { spawnTracked, stopTracked } from "./processes";

/** The shape of the pipeline bench. */
export interface PipelineOptions {
  generators: number;
  apis: number;
  durationSeconds: number;
}

/** What the pipeline bench measured. */
export interface PipelineResult extends PipelineOptions {
  /** Seconds after each second's end until its point was published, by second. */
  lagSeconds: number[];
  /** The controller process's CPU in each wall-clock second of the run, as a share of one core. */
  cpuPerSecond: number[];
  requestsSent: number;
  requestsStored: number;
  status: string;
}

const REQUESTS_PER_API = 5;

/** Runs the pipeline bench against the Postgres and Redis of DATABASE_URL / REDIS_URL, in a throwaway database and key prefix. */
export async function measurePipeline(options: PipelineOptions): Promise<PipelineResult> {
  const id = randomBytes(4).toString("hex");
  const base = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  base.pathname = `/stampede_bench_${id}`;
  const databaseUrl = base.toString();
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const prefix = `{stampede-bench-${id}}`;
  await ensureDatabase(databaseUrl);
  const redis = createRedis(redisUrl);
  const subscriber = createRedis(redisUrl);
  const db = createPrismaClient(databaseUrl);
  const sent: SentLog = { requests: 0, lastFrameAt: new Map() };
  const generators = startSimulatedGenerators(
    redis,
    prefix,
    options.generators,
    { ...options, requestsPerApi: REQUESTS_PER_API },
    sent,
  );
  let controller: ReturnType<typeof spawnTracked> | undefined;
  try {
    execFileSync("npx", ["prisma", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: "ignore",
    });
    controller = await startController(databaseUrl, redisUrl, prefix);
    await Promise.all(generators.map((g) => g.waitUntilReady()));
    return await measureRun(db, redis, subscriber, prefix, controller.pid!, options, sent);
  } finally {
    if (controller) await stopTracked(controller, 5000);
    await Promise.all(generators.map((g) => g.close(true)));
    await deleteKeysWithPrefix(redis, prefix);
    subscriber.disconnect();
    redis.disconnect();
    await db.$disconnect();
    await dropDatabase(databaseUrl);
  }
}

/** A worker process that only controls runs (no load generator of its own), as `npm start` runs it. */
async function startController(databaseUrl: string, redisUrl: string, prefix: string) {
  const env = [
    `DATABASE_URL=${databaseUrl}`,
    `REDIS_URL=${redisUrl}`,
    `STAMPEDE_REDIS_PREFIX=${prefix}`,
    "WORKER_GENERATOR=false",
    "WORKER_NAME=bench-controller",
    "LOG_LEVEL=info",
  ];
  const child = spawnTracked("env", [...env, process.execPath, "--import", "tsx", "apps/worker/src/main.ts"]);
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (!output.includes("worker bench-controller ready")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the controller did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

async function measureRun(
  db: PrismaClient,
  redis: ReturnType<typeof createRedis>,
  subscriber: ReturnType<typeof createRedis>,
  prefix: string,
  controllerPid: number,
  options: PipelineOptions,
  sent: SentLog,
): Promise<PipelineResult> {
  const scenario = await createScenario(db, {
    name: "pipeline bench",
    spec: ZScenarioSpec.parse(demoScenarioSpec("http://127.0.0.1:9")),
  });
  const published = new Map<number, number>();
  const runControlQueue = createRunControlQueue(redis, prefix);
  // One shard per simulated generator: the controller places them on the registered generators.
  const load = { vus: options.generators, durationSeconds: options.durationSeconds, generators: options.generators };
  const run = await startRun(
    { db, redis, prefix, runControlQueue },
    { scenarioId: scenario.id, load, trigger: "API", startedBy: { label: "bench", complianceConfirmedAt: new Date() } },
  );
  await runControlQueue.close();
  subscriber.on("message", (_channel: string, raw: string) => {
    const message = ZLiveMessage.parse(JSON.parse(raw));
    if (message.type === "point" && !published.has(message.point.second))
      published.set(message.point.second, Date.now());
  });
  await subscriber.subscribe(runKeys(prefix, run.id).live);

  const cpuPerSecond: number[] = [];
  let cpuBefore = readProcCpuSeconds(controllerPid);
  let status = "QUEUED";
  const deadline = Date.now() + (options.durationSeconds + 60) * 1000;
  while (!isTerminalRunStatus(status) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1000));
    const cpu = readProcCpuSeconds(controllerPid);
    cpuPerSecond.push(cpu - cpuBefore);
    cpuBefore = cpu;
    status = (await getRunById(db, run.id)).status;
  }
  const startedAtMs = (await getRunById(db, run.id)).startedAt?.getTime() ?? 0;
  const lagSeconds = Array.from({ length: options.durationSeconds }, (_, second) => {
    const at = published.get(second);
    return at === undefined ? Infinity : (at - (startedAtMs + (second + 1) * 1000)) / 1000;
  });
  const stored = await db.runSecond.aggregate({ where: { runId: run.id }, _sum: { requests: true } });
  return {
    ...options,
    lagSeconds,
    cpuPerSecond,
    requestsSent: sent.requests,
    requestsStored: stored._sum.requests ?? 0,
    status,
  };
}

/** The pipeline bench's section of the report. */
export function formatPipeline(r: PipelineResult): string {
  const lags = r.lagSeconds.filter(Number.isFinite).sort((a, b) => a - b);
  const within = r.lagSeconds.filter((s) => s <= 2).length;
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  const mean = r.cpuPerSecond.reduce((a, b) => a + b, 0) / Math.max(1, r.cpuPerSecond.length);
  const at = (q: number) =>
    lags.length ? lags[Math.min(lags.length - 1, Math.floor(q * lags.length))]!.toFixed(2) : "-";
  return [
    `Live pipeline: ${r.generators} simulated generators x ${r.apis} APIs per second, ${r.durationSeconds} s (run ${r.status})`,
    `  seconds published (after being persisted): ${lags.length} of ${r.durationSeconds}; within 2 s of the second's end: ${within}`,
    `  delay after the second's end: p50 ${at(0.5)} s, max ${lags.length ? lags.at(-1)!.toFixed(2) : "-"} s`,
    `  controller CPU per second: mean ${pct(mean)} of a core, max ${pct(Math.max(0, ...r.cpuPerSecond))}`,
    `  requests: ${r.requestsStored} stored, ${r.requestsSent} sent${r.requestsStored === r.requestsSent ? " (equal)" : " (DIFFERENT)"}`,
  ].join("\n");
}
