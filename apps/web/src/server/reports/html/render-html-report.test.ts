import { describe, expect, it } from "vitest";
import type { ReportData } from "../report-data";
import { renderHtmlReport } from "./render-html-report";

const latency = { min: 1, mean: 20, p50: 15, p90: 40, p95: 50, p99: 90, max: 300 };
const phase = (i: number, tps: number, p95: number, knee = false) => ({
  label: `step ${i + 1}: ${(i + 1) * 10} VUs`,
  fromSecond: i * 10,
  toSecond: (i + 1) * 10,
  target: (i + 1) * 10,
  vus: (i + 1) * 10,
  requests: tps * 10,
  failures: 0,
  tps,
  errorRate: 0,
  p95,
  p99: p95 * 2,
  knee,
});

const data: ReportData = {
  run: {
    id: "run1",
    name: "<release> check",
    notes: "",
    scenarioId: "s1",
    scenarioName: "Checkout",
    status: "FINISHED",
    trigger: "MANUAL",
    startedBy: "ana@example.com",
    createdAt: "2026-11-30T10:00:00.000Z",
    startedAt: "2026-11-30T10:00:01.000Z",
    endedAt: "2026-11-30T10:00:31.000Z",
    stopReason: null,
    error: null,
    load: null,
    loadText: "30 VUs · 30s",
  },
  scenarioVersion: { version: 3, editedSince: false },
  isBaseline: false,
  baselineRunId: null,
  figures: {
    durationSeconds: 30,
    requests: 12345,
    failures: 0,
    successRate: 100,
    avgTps: 411.5,
    peakTps: 500,
    iterations: 6000,
    droppedIterations: 0,
    dataSent: 1_200_000,
    dataReceived: 5_000_000,
    vusMax: 30,
    latency,
    latencyCorrected: latency,
  },
  steps: [],
  phases: [phase(0, 300, 20), phase(1, 400, 25), phase(2, 405, 80, true)],
  errors: { kinds: [], statuses: [] },
  series: Array.from({ length: 31 }, (_, second) => ({
    second,
    requests: 400,
    failures: 0,
    vus: 30,
    p50: 15,
    p95: 50,
    p99: 90,
    p99Corrected: 90,
  })),
  generators: [
    {
      generatorName: "gen-a",
      region: "eu",
      seconds: 30,
      maxVus: 30,
      requests: 12345,
      meanCpu: 0.42,
      peakCpu: 0.9,
      peakRssBytes: 150_000_000,
    },
  ],
  events: [{ at: "2026-11-30T10:00:01.000Z", kind: "run.started", message: "run <started>" }],
  insights: [{ id: "dropped_iterations", severity: "warning", message: "1,200 iterations were dropped" }],
  token: { fetches: 12, refreshesAhead: 10, refreshesOnRejection: 1, errors: 0, maxAgeSeconds: 58 },
};

describe("renderHtmlReport", () => {
  const html = renderHtmlReport(data);

  it("carries the figures, escaped, and marks the knee's phase", () => {
    expect(html).toContain('data-testid="report-requests">12,345<');
    expect(html).toContain("&lt;release&gt; check");
    expect(html).toContain("run &lt;started&gt;");
    expect(html).toMatch(/<tr class="knee"><td>step 3: 30 VUs<\/td>/);
    expect(html).toContain("Knee: from “step 3: 30 VUs”");
    expect(html).toMatch(
      /<td>gen-a<\/td><td>eu<\/td>.*<td class="num">42%<\/td><td class="num">90%<\/td><td class="num">150 MB<\/td>/,
    );
  });

  it("lists the insights and the token provider's activity", () => {
    expect(html).toContain('<li data-insight="dropped_iterations">1,200 iterations were dropped</li>');
    expect(html).toMatch(
      /<h2>Token provider<\/h2>.*<td class="num">12<\/td><td class="num">10<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">58 s<\/td>/s,
    );
  });

  it("stands alone: no script, no stylesheet link, no external resource", () => {
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(|@import/i);
    expect(html.match(/<svg /g)).toHaveLength(3);
  });
});
