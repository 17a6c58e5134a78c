// Proof for reports: a real run (worker process) against the demo target (its own process, its own counters);
// the report, the JSON/CSV/HTML exports and the comparison must agree with what the target says it served.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { demoScenarioSpec, isTerminalRunStatus, ZScenarioSpec, type TLoadConfigInput } from "@stampede/contracts";
import {
  createPrismaClient,
  createScenario,
  deleteRun,
  getRunById,
  markRunAsBaseline,
  renameRun,
  type PrismaClient,
} from "@stampede/db";
import { createRedis, createRunControlQueue } from "@stampede/queue";
import { startRun } from "@stampede/runs";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatInt } from "@/lib/format";
import { getComparison } from "./compare-data";
import { exportRun } from "./export-run";
import { getReportData } from "./report-data";

const REPO_ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
let db: PrismaClient;
let redis: Redis;
const children: { process: ChildProcess; output: string }[] = [];
let targetUrl = "";

/** Starts a package's main with tsx and waits for `ready` in its output; returns what it printed. */
async function startChild(script: string, env: Record<string, string>, ready: RegExp) {
  const child = {
    process: spawn(process.execPath, ["--import", "tsx", script], { cwd: REPO_ROOT, env: { ...process.env, ...env } }),
    output: "",
  };
  children.push(child);
  child.process.stdout!.setEncoding("utf8").on("data", (c: string) => (child.output += c));
  child.process.stderr!.setEncoding("utf8").on("data", (c: string) => (child.output += c));
  const deadline = Date.now() + 30_000;
  while (!ready.test(child.output)) {
    if (Date.now() > deadline || child.process.exitCode !== null)
      throw new Error(`${script} did not start:\n${child.output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child.output;
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  redis = createRedis(process.env.REDIS_URL!);
  const out = await startChild("apps/demo-target/src/main.ts", { DEMO_TARGET_PORT: "0" }, /listening on http:\/\/\S+/);
  targetUrl = /listening on (http:\/\/\S+)/.exec(out)![1]!;
  await startChild("apps/worker/src/main.ts", { WORKER_NAME: "reports-proof" }, /worker reports-proof ready/);
});

afterAll(async () => {
  for (const child of children) {
    if (child.process.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.process.once("exit", resolve));
    process.kill(child.process.pid!, "SIGTERM");
    await exited;
  }
  redis?.disconnect();
  await db?.$disconnect();
});

async function runToEnd(scenarioId: string, load: TLoadConfigInput) {
  const prefix = process.env.STAMPEDE_REDIS_PREFIX!;
  const runControlQueue = createRunControlQueue(redis, prefix);
  const run = await startRun(
    { db, redis, prefix, runControlQueue },
    { scenarioId, load, trigger: "API", startedBy: { label: "reports proof", complianceConfirmedAt: new Date() } },
  ).finally(() => runControlQueue.close());
  const deadline = Date.now() + 60_000;
  for (;;) {
    const row = await getRunById(db, run.id);
    if (isTerminalRunStatus(row.status) && row.summary) return row.id;
    if (Date.now() > deadline) throw new Error(`run ${run.id} still ${row.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function targetStats() {
  const response = await fetch(`${targetUrl}/__stats`);
  return (await response.json()) as { requests: number; byRoute: Record<string, number> };
}

const csvRequests = (csv: string) =>
  csv
    .trim()
    .split("\n")
    .slice(1)
    .reduce((n, line) => n + Number(line.split(",")[2]), 0);

describe("run report and exports", () => {
  it("equal the demo target's own counters; the HTML stands alone", async () => {
    const scenario = await createScenario(db, {
      name: `reports proof ${Date.now()}`,
      spec: ZScenarioSpec.parse(demoScenarioSpec(targetUrl)),
    });
    await fetch(`${targetUrl}/__stats/reset`, { method: "POST" });
    // A PTS step ramp (2 VUs, then 4): the report measures each step.
    const runId = await runToEnd(scenario.id, {
      vus: 4,
      durationSeconds: 4,
      startPercent: 50,
      incrementPercent: 50,
      stepDurationSeconds: 2,
    });
    const stats = await targetStats();
    expect(stats.requests).toBeGreaterThan(20);

    const report = await getReportData(db, runId);
    expect(report.figures!.requests).toBe(stats.requests);
    expect(report.figures!.failures).toBe(0);
    expect(report.figures!.successRate).toBe(100);
    const stepRequests = (name: string) => report.steps.find((s) => s.step === name)!.requests;
    expect(stepRequests("Get access token")).toBe(stats.byRoute["GET /cgi-bin/token"]);
    expect(stepRequests("Join activity")).toBe(stats.byRoute["POST /api/activity"]);
    expect(report.phases.map((p) => p.target)).toEqual([2, 4]);
    expect(report.phases.reduce((n, p) => n + p.requests, 0)).toBe(stats.requests);
    // The phases were summed from each second's merged histogram, which the controller stores with the second.
    expect(await db.runSecond.count({ where: { runId, histogram: null, requests: { gt: 0 } } })).toBe(0);
    expect(report.phases.every((p) => p.p95 > 0 && p.p99 >= p.p95)).toBe(true);
    expect(report.series.reduce((n, s) => n + s.requests, 0)).toBe(stats.requests);
    expect(report.run.startedBy).toBe("reports proof");

    const json = (await (await exportRun(db, runId, "json")).json()) as { metrics: { http_reqs: { count: number } } };
    expect(json.metrics.http_reqs.count).toBe(stats.requests);

    const csvResponse = await exportRun(db, runId, "csv");
    expect(csvResponse.headers.get("content-disposition")).toContain(`stampede-run-${runId}.csv`);
    expect(csvRequests(await csvResponse.text())).toBe(stats.requests);

    const html = await (await exportRun(db, runId, "html")).text();
    expect(html).toContain(`data-testid="report-requests">${formatInt(stats.requests)}<`);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|<link|\ssrc=|@import|url\(/i);

    // Generator health: the one worker's stored seconds, whose requests add up to what the target served.
    const [generator, ...others] = report.generators;
    expect(others).toEqual([]);
    expect(generator).toMatchObject({ generatorName: "reports-proof", maxVus: 4, requests: stats.requests });
    expect(generator!.seconds).toBeGreaterThanOrEqual(2);
    expect(generator!.peakRssBytes).toBeGreaterThan(0);
  });

  it("renames, marks a baseline, compares, and deletes only ended runs", async () => {
    const scenario = await createScenario(db, {
      name: `reports compare ${Date.now()}`,
      spec: ZScenarioSpec.parse(demoScenarioSpec(targetUrl)),
    });
    const first = await runToEnd(scenario.id, { vus: 2, durationSeconds: 2 });
    const second = await runToEnd(scenario.id, { vus: 4, durationSeconds: 2 });

    await renameRun(db, first, { name: "  before the fix ", notes: "2 VUs" });
    await markRunAsBaseline(db, first);
    const report = await getReportData(db, first);
    expect(report.run.name).toBe("before the fix");
    expect(report.isBaseline).toBe(true);

    const comparison = await getComparison(db, [first, second]);
    expect(comparison.runs.map((r) => r.label)[0]).toBe("before the fix");
    expect(comparison.runs[0]!.isBaseline).toBe(true);
    expect(comparison.rows.map((r) => r.step)).toEqual([null, "Get access token", "Join activity"]);
    expect(comparison.rows[0]!.cells[1]!.change.tps).not.toBeNull();

    await deleteRun(db, first);
    await expect(getRunById(db, first)).rejects.toThrow(/not found/);
    expect((await getReportData(db, second)).baselineRunId).toBeNull();

    const running = await db.run.update({ where: { id: second }, data: { status: "RUNNING" } });
    await expect(deleteRun(db, running.id)).rejects.toThrow(/stop it before deleting/);
    await db.run.update({ where: { id: second }, data: { status: "FINISHED" } });
  });
});
