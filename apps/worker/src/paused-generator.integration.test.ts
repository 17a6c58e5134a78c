import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { isTerminalRunStatus, type TRunSummary } from "@stampede/contracts";
import { createDemoTarget, type DemoTarget } from "@stampede/demo-target";
import { createPrismaClient, findRunSeconds, type PrismaClient } from "@stampede/db";
import { createRedis } from "@stampede/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorkerEnv } from "./env";
import { type RunningWorker, startWorker } from "./start-worker";
import { startRun, waitForStatus } from "./test-support";

// Two generator processes stand in for two machines; one is frozen (SIGSTOP) mid-run, as a machine that
// stalls (GC pause, swapped out, a VM paused) would be. Its frames then reach the controller long after the
// grace period, and must add to the seconds already written, never replace them.
const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const VUS = 4;
const DURATION_S = 16;
const PAUSE_AT_MS = 3_000;
const PAUSE_MS = 8_000;
const BUSINESS_ROUTE = "GET /api/items";

const controllerEnv = parseWorkerEnv({ ...process.env, WORKER_NAME: "controller", WORKER_GENERATOR: "false" });
let db: PrismaClient;
let redis: Redis;
let controller: RunningWorker | undefined;
let target: DemoTarget;
const generators: ChildProcess[] = [];

/** Starts a generator-only worker as a process of its own (node itself, not the tsx wrapper, so its PID is the one to pause). */
function startGenerator(name: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "apps/worker/src/main.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, WORKER_NAME: name, WORKER_CONTROLLER: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  generators.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready within 45 s:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`worker ${name} ready`)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

/** Ends a process this test started, by its PID: resumed first (a stopped process cannot act on SIGTERM). */
async function stopGenerator(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGCONT");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

const sleepUntil = (atMs: number) => new Promise((r) => setTimeout(r, Math.max(0, atMs - Date.now())));

beforeAll(async () => {
  db = createPrismaClient(controllerEnv.DATABASE_URL);
  redis = createRedis(controllerEnv.REDIS_URL);
  target = await createDemoTarget({ port: 0 });
  await Promise.all([startGenerator("generator-a"), startGenerator("generator-b")]);
  controller = await startWorker(controllerEnv, () => {});
}, 60_000);

afterAll(async () => {
  await Promise.all(generators.map(stopGenerator));
  await controller?.close();
  await target?.close();
  redis?.disconnect();
  await db?.$disconnect();
});

describe("a run whose second generator is paused for 8 s", () => {
  it("counts every iteration the target served, and never more VUs than planned in a second", async () => {
    target.resetStats();
    const runId = await startRun(
      db,
      redis,
      controllerEnv.STAMPEDE_REDIS_PREFIX,
      {
        flows: [
          {
            name: "browse",
            steps: [
              { type: "http", name: "items", url: `${target.url}/api/items?page=1` },
              // Keeps the load light on a shared machine; the counts, not the rate, are under test.
              { type: "think", ms: 10 },
            ],
          },
        ],
      },
      { vus: VUS, durationSeconds: DURATION_S },
    );
    const running = await waitForStatus(db, runId, (s) => s === "RUNNING", 15_000);
    const startedAtMs = running.startedAt!.getTime();

    await sleepUntil(startedAtMs + PAUSE_AT_MS);
    const paused = generators[1]!;
    paused.kill("SIGSTOP");
    const pausedAtMs = Date.now();
    await sleepUntil(pausedAtMs + PAUSE_MS);
    paused.kill("SIGCONT");
    const resumedAtMs = Date.now();

    const run = await waitForStatus(db, runId, isTerminalRunStatus, 60_000);
    expect(run.status).toBe("FINISHED");
    const summary = run.summary as TRunSummary;
    const served = target.stats().byRoute[BUSINESS_ROUTE] ?? 0;
    expect(served).toBeGreaterThan(100);
    // One request per iteration: what the engines ran is what the target served.
    expect({ iterations: summary.iterations, requests: summary.requests }).toEqual({
      iterations: served,
      requests: served,
    });

    const seconds = await findRunSeconds(db, runId);
    const pauseFirst = Math.floor((pausedAtMs - startedAtMs) / 1000);
    const pauseLast = Math.floor((resumedAtMs - startedAtMs) / 1000);
    // Outside the pause every second had both shards' VUs. Second 0 (the shards start a moment after the
    // controller fixes the start) and the last two (the shards' final frames report 0 VUs) are left out.
    const steady = seconds.filter(
      (s) => s.second >= 1 && s.second <= DURATION_S - 2 && (s.second < pauseFirst || s.second > pauseLast),
    );
    expect(steady.length).toBeGreaterThanOrEqual(DURATION_S - 3 - (pauseLast - pauseFirst + 1));
    expect(seconds.filter((s) => s.vus > VUS).map((s) => ({ second: s.second, vus: s.vus }))).toEqual([]);
    expect(steady.filter((s) => s.vus !== VUS).map((s) => ({ second: s.second, vus: s.vus }))).toEqual([]);
  });
});
