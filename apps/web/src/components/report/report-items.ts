import type { TStepSummary } from "@stampede/contracts";
import { formatDateTime, formatDuration, formatInt, formatMs, formatPercent, formatRate } from "@/lib/format";
import type { ReportData } from "@/server/reports/report-data";
import type { GeneratorHealth } from "@/server/reports/report-generators";
import type { PhaseRow } from "@/server/reports/report-phases";

/** One labelled figure of the report; `id` is its test id on the page and in the HTML export alike. */
export interface ReportItem {
  id: string;
  label: string;
  value: string;
}

/** "1.2 MB": decimal units, as data volumes are usually read. */
export function formatBytes(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${u === 0 ? v : formatRate(v)} ${units[u]}`;
}

/**
 * The summary figures, formatted once: the page and the HTML export render these same strings, so their
 * numbers cannot disagree.
 */
export function summaryItems(data: ReportData): ReportItem[] {
  const f = data.figures;
  const r = data.run;
  const items: ReportItem[] = [];
  const add = (id: string, label: string, value: string) => items.push({ id, label, value });
  if (f) {
    add("report-duration", "Duration", formatDuration(f.durationSeconds));
    add("report-requests", "Requests", formatInt(f.requests));
    add("report-failures", "Failures", formatInt(f.failures));
    add("report-success-rate", "Success rate", formatPercent(f.requests - f.failures, f.requests));
    add("report-avg-tps", "Average TPS", formatRate(f.avgTps));
    add("report-peak-tps", "Peak TPS", formatRate(f.peakTps));
    add("report-p50", "RT p50", formatMs(f.latency.p50));
    add("report-p90", "RT p90", formatMs(f.latency.p90));
    add("report-p95", "RT p95", formatMs(f.latency.p95));
    add("report-p99", "RT p99", formatMs(f.latency.p99));
    add("report-max", "RT max", formatMs(f.latency.max));
    add("report-p99-corrected", "RT p99 corrected", formatMs(f.latencyCorrected?.p99));
    add("report-data-sent", "Data sent", formatBytes(f.dataSent));
    add("report-data-received", "Data received", formatBytes(f.dataReceived));
    add("report-vus", "Max VUs", formatInt(f.vusMax));
    add("report-iterations", "Iterations", formatInt(f.iterations));
    add("report-dropped", "Dropped iterations", formatInt(f.droppedIterations));
  }
  add(
    "report-stop-reason",
    "Stop reason",
    r.stopReason ?? (r.status === "FINISHED" ? "ran to its end" : r.status.toLowerCase()),
  );
  add("report-load", "Load settings", r.loadText);
  add(
    "report-scenario-version",
    "Scenario version",
    data.scenarioVersion
      ? data.scenarioVersion.editedSince
        ? `older than v${data.scenarioVersion.version} (edited since)`
        : `v${data.scenarioVersion.version}`
      : "—",
  );
  add("report-started-by", "Started by", r.startedBy ?? "—");
  add("report-started-at", "Started", r.startedAt ? formatDateTime(r.startedAt) : "—");
  return items;
}

/** The per-API table's cells. */
export const STEP_HEAD = [
  "API",
  "Requests",
  "Failures",
  "Error rate",
  "Avg",
  "p50",
  "p90",
  "p95",
  "p99",
  "Max",
  "p99 corrected",
  "Received",
];
export const STEP_NUMERIC = [false, ...Array<boolean>(11).fill(true)];

export function stepCells(s: TStepSummary): string[] {
  return [
    s.step,
    formatInt(s.requests),
    formatInt(s.failures),
    formatPercent(s.failures, s.requests),
    formatMs(s.latency.mean),
    formatMs(s.latency.p50),
    formatMs(s.latency.p90),
    formatMs(s.latency.p95),
    formatMs(s.latency.p99),
    formatMs(s.latency.max),
    formatMs(s.latencyCorrected?.p99),
    formatBytes(s.bytesReceived),
  ];
}

/** The per-ramp-step table's cells. */
export const PHASE_HEAD = ["Phase", "Seconds", "VUs", "TPS", "Error rate", "RT p95", "RT p99"];
export const PHASE_NUMERIC = [false, true, true, true, true, true, true];

export function phaseCells(p: PhaseRow): string[] {
  return [
    p.label,
    `${p.fromSecond}–${p.toSecond}`,
    formatRate(p.vus),
    formatRate(p.tps),
    formatPercent(p.failures, p.requests),
    formatMs(p.p95),
    formatMs(p.p99),
  ];
}

/** What the knee marker says. */
export function kneeText(p: PhaseRow): string {
  return `Knee: from “${p.label}” throughput stopped rising (${formatRate(p.tps)} TPS) while p95 climbed to ${formatMs(p.p95)}.`;
}

/** The generator health table's cells. */
export const GENERATOR_HEAD = [
  "Generator",
  "Region",
  "Seconds",
  "Max VUs",
  "Requests",
  "CPU mean",
  "CPU peak",
  "Memory peak",
];
export const GENERATOR_NUMERIC = [false, false, true, true, true, true, true, true];

const cpu = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

export function generatorCells(g: GeneratorHealth): string[] {
  return [
    g.generatorName,
    g.region,
    formatInt(g.seconds),
    formatInt(g.maxVus),
    formatInt(g.requests),
    cpu(g.meanCpu),
    cpu(g.peakCpu),
    g.peakRssBytes === null ? "—" : formatBytes(g.peakRssBytes),
  ];
}
