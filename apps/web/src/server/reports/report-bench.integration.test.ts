// Benchmark: a synthetic 1-hour, 20-API run (3,600 × 20 RunMetric rows with real encoded histograms, 3,600
// RunSecond rows with their merged histogram, a 6-step ramp) → report data and the HTML export. The figures are printed; the test asserts
// the export's size (< 5 MB) and only a generous time bound (the machine is shared; speed is for the log).
import { performance } from "node:perf_hooks";
import { demoScenarioSpec, type TRunSummary, ZScenarioSpec } from "@stampede/contracts";
import { createPrismaClient, createScenario, type PrismaClient } from "@stampede/db";
import { createHistogram, encodeHistogram, mergeEncodedHistograms, summarizeLatency } from "@stampede/metrics";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtmlReport } from "./html/render-html-report";
import { getReportData } from "./report-data";

const SECONDS = 3600;
const APIS = 20;
/** Distinct histograms to cycle through (each a real one of a few hundred values); encoding 72,000 would be slow. */
const POOL = 64;

let db: PrismaClient;
beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!);
});
afterAll(async () => {
  await db?.$disconnect();
});

function histogramPool() {
  const pool = [];
  for (let i = 0; i < POOL; i++) {
    const h = createHistogram();
    // Deterministic spread: 300 latencies between ~5 ms and ~200 ms, a different shape per pool entry.
    for (let k = 0; k < 300; k++) h.recordValue(5000 + ((k * 7919 + i * 104729) % 195_000));
    pool.push({ encoded: encodeHistogram(h), latency: summarizeLatency(h) });
    h.destroy();
  }
  return pool;
}

/**
 * Each second's merged histogram, as the controller stores it (all APIs of the second). Second `s` uses pool
 * entries (s × APIS + a) mod POOL, so seconds repeat their mix every POOL / gcd(APIS, POOL) seconds.
 */
function secondPool(pool: ReturnType<typeof histogramPool>) {
  const period = POOL / gcd(APIS, POOL);
  return Array.from({ length: period }, (_, s) => {
    const merged = mergeEncodedHistograms(Array.from({ length: APIS }, (_, a) => pool[(s * APIS + a) % POOL]!.encoded));
    const encoded = encodeHistogram(merged);
    merged.destroy();
    return encoded;
  });
}
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

async function writeSyntheticRun(): Promise<string> {
  const scenario = await createScenario(db, {
    name: `report bench ${Date.now()}`,
    spec: ZScenarioSpec.parse(demoScenarioSpec("http://127.0.0.1:9")),
  });
  const pool = histogramPool();
  const merged = secondPool(pool);
  const latency = pool[0]!.latency;
  const steps = Array.from({ length: APIS }, (_, a) => `api-${String(a + 1).padStart(2, "0")}`);
  const summary: TRunSummary = {
    durationSeconds: SECONDS,
    requests: SECONDS * APIS * 300,
    failures: SECONDS * APIS * 3,
    iterations: SECONDS * 300,
    droppedIterations: 0,
    rps: APIS * 300,
    generatorBound: false,
    latency,
    latencyCorrected: latency,
    steps: steps.map((step) => ({
      step,
      requests: SECONDS * 300,
      failures: SECONDS * 3,
      statusCodes: { "200": SECONDS * 297, "503": SECONDS * 3 },
      errors: { http_5xx: SECONDS * 3 },
      bytesSent: SECONDS * 300 * 200,
      bytesReceived: SECONDS * 300 * 900,
      checksPassed: 0,
      checksFailed: 0,
      latency,
      latencyCorrected: latency,
    })),
  };
  const run = await db.run.create({
    data: {
      projectId: scenario.projectId,
      scenarioId: scenario.id,
      scenarioName: scenario.name,
      scenarioSnapshot: scenario.spec as object,
      load: {
        mode: "concurrency",
        vus: 600,
        durationSeconds: SECONDS,
        startPercent: 10,
        incrementPercent: 20,
        stepDurationSeconds: 600,
      },
      status: "FINISHED",
      trigger: "API",
      startedAt: new Date(Date.now() - SECONDS * 1000),
      endedAt: new Date(),
      summary: summary as object,
    },
  });
  await db.runSecond.createMany({
    data: Array.from({ length: SECONDS }, (_, second) => ({
      runId: run.id,
      second,
      vus: 60 + Math.floor(second / 600) * 120,
      iterations: 300,
      requests: APIS * 300,
      failures: APIS * 3,
      p50Ms: latency.p50,
      p95Ms: latency.p95,
      p99Ms: latency.p99,
      p99CorrectedMs: latency.p99,
      histogram: merged[second % merged.length],
    })),
  });
  const rows = [];
  for (let second = 0; second < SECONDS; second++) {
    for (const [a, step] of steps.entries()) {
      const h = pool[(second * APIS + a) % POOL]!;
      rows.push({
        runId: run.id,
        second,
        step,
        requests: 300,
        failures: 3,
        statusCodes: { "200": 297, "503": 3 },
        errors: { http_5xx: 3 },
        bytesSent: BigInt(300 * 200),
        bytesReceived: BigInt(300 * 900),
        histogram: h.encoded,
        histogramCorrected: h.encoded,
        p50Ms: h.latency.p50,
        p90Ms: h.latency.p90,
        p95Ms: h.latency.p95,
        p99Ms: h.latency.p99,
        maxMs: h.latency.max,
        meanMs: h.latency.mean,
      });
      if (rows.length === 4000) await db.runMetric.createMany({ data: rows.splice(0) });
    }
  }
  if (rows.length) await db.runMetric.createMany({ data: rows });
  return run.id;
}

describe("report of a 1-hour, 20-API run", () => {
  it("assembles, and exports HTML under 5 MB", { timeout: 600_000 }, async () => {
    const runId = await writeSyntheticRun();
    // CPU time beside wall time: on a shared machine the wall clock measures the neighbours too.
    const cpu = process.cpuUsage();
    const started = performance.now();
    const report = await getReportData(db, runId);
    const assembleMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const cpuMs = (user + system) / 1000;
    const htmlStarted = performance.now();
    const html = renderHtmlReport(report);
    const renderMs = performance.now() - htmlStarted;
    const bytes = Buffer.byteLength(html);
    console.log(
      `[bench] report data of ${SECONDS} s × ${APIS} APIs: ${Math.round(assembleMs)} ms ` +
        `(${Math.round(cpuMs)} ms CPU in this process; Postgres's own work is apart); ` +
        `HTML export ${(bytes / 1e6).toFixed(2)} MB rendered in ${Math.round(renderMs)} ms`,
    );
    expect(report.steps).toHaveLength(APIS);
    expect(report.series).toHaveLength(SECONDS);
    expect(report.phases.length).toBe(6);
    expect(report.phases.reduce((n, p) => n + p.requests, 0)).toBe(SECONDS * APIS * 300);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
    expect(assembleMs).toBeLessThan(120_000);
    await db.run.delete({ where: { id: runId } });
  });
});
