import {
  GENERATOR_HEAD,
  GENERATOR_NUMERIC,
  generatorCells,
  kneeText,
  PHASE_HEAD,
  PHASE_NUMERIC,
  phaseCells,
  STEP_HEAD,
  STEP_NUMERIC,
  stepCells,
  summaryItems,
} from "@/components/report/report-items";
import { formatDateTime, formatInt } from "@/lib/format";
import { wholeSeconds } from "@/lib/run-series";
import type { ReportData } from "../report-data";
import { escapeHtml, htmlTable } from "./html-text";
import { REPORT_CSS } from "./report-css";
import { svgLineChart } from "./svg-chart";

function charts(data: ReportData): string {
  const series = wholeSeconds(data.series, data.figures?.durationSeconds ?? null);
  const xs = series.map((s) => s.second);
  return [
    svgLineChart(
      "Requests and failures per second",
      xs,
      [
        { name: "requests/s", color: "#2563eb", values: series.map((s) => s.requests) },
        { name: "failures/s", color: "#dc2626", values: series.map((s) => s.failures) },
      ],
      "per second",
    ),
    svgLineChart(
      "Response time",
      xs,
      [
        { name: "p50", color: "#16a34a", values: series.map((s) => s.p50) },
        { name: "p95", color: "#d97706", values: series.map((s) => s.p95) },
        { name: "p99", color: "#dc2626", values: series.map((s) => s.p99) },
      ],
      "ms",
    ),
    svgLineChart("Virtual users", xs, [{ name: "VUs", color: "#7c3aed", values: series.map((s) => s.vus) }], "VUs"),
  ].join("\n");
}

function phasesSection(data: ReportData): string {
  if (data.phases.length === 0) return "";
  const knee = data.phases.find((p) => p.knee);
  const rows = data.phases.map((p) => phaseCells(p).map(escapeHtml));
  const table = htmlTable(PHASE_HEAD, rows, PHASE_NUMERIC, "report-phases", (i) =>
    data.phases[i]?.knee ? "knee" : undefined,
  );
  return `<h2>Load phases</h2>${knee ? `<p class="note">${escapeHtml(kneeText(knee))}</p>` : ""}${table}`;
}

function errorsSection(data: ReportData): string {
  const { kinds, statuses } = data.errors;
  if (kinds.length === 0 && statuses.length === 0) return "<h2>Errors</h2><p>No failed requests.</p>";
  const kindRows = kinds.map((k) => [escapeHtml(k.step), escapeHtml(k.kind), formatInt(k.count), `${k.share}%`]);
  const statusRows = statuses.map((s) => [escapeHtml(s.step), escapeHtml(s.status), formatInt(s.count), `${s.share}%`]);
  return `<h2>Errors</h2>${htmlTable(["API", "Kind", "Count", "Share"], kindRows, [false, false, true, true])}<br>${htmlTable(["API", "Status", "Count", "Share"], statusRows, [false, false, true, true])}`;
}

function generatorsSection(data: ReportData): string {
  if (data.generators.length === 0) return "";
  const rows = data.generators.map((g) => generatorCells(g).map(escapeHtml));
  return `<h2>Generator health</h2>${htmlTable(GENERATOR_HEAD, rows, GENERATOR_NUMERIC)}`;
}

function insightsSection(data: ReportData): string {
  if (data.insights.length === 0) return "";
  const items = data.insights.map((i) => `<li data-insight="${escapeHtml(i.id)}">${escapeHtml(i.message)}</li>`);
  return `<h2>Insights</h2><ul class="insights">${items.join("")}</ul>`;
}

function tokenSection(data: ReportData): string {
  const t = data.token;
  if (!t) return "";
  const row = [t.fetches, t.refreshesAhead, t.refreshesOnRejection, t.errors].map(formatInt);
  row.push(t.maxAgeSeconds === null ? "—" : `${formatInt(t.maxAgeSeconds)} s`);
  const head = ["Fetches", "Refreshed ahead of expiry", "Refreshed on rejection", "Token errors", "Oldest token"];
  return `<h2>Token provider</h2>${htmlTable(head, [row], [true, true, true, true, true])}`;
}

function eventsSection(data: ReportData): string {
  if (data.events.length === 0) return "";
  const rows = data.events.map((e) => [escapeHtml(formatDateTime(e.at)), escapeHtml(e.kind), escapeHtml(e.message)]);
  return `<h2>Events</h2>${htmlTable(["At", "Kind", "Message"], rows)}`;
}

/**
 * The run's report as one self-contained HTML file: inline CSS, charts as inline SVG drawn here, no script
 * and no external URL, so it opens offline and shows the same formatted figures as the run page.
 */
export function renderHtmlReport(data: ReportData): string {
  const title = data.run.name ?? data.run.scenarioName;
  const kpis = summaryItems(data)
    .map(
      (i) =>
        `<div class="kpi"><span>${escapeHtml(i.label)}</span><b data-testid="${i.id}">${escapeHtml(i.value)}</b></div>`,
    )
    .join("");
  const steps = htmlTable(
    STEP_HEAD,
    data.steps.map((s) => stepCells(s).map(escapeHtml)),
    STEP_NUMERIC,
    "report-steps",
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`Stampede report — ${title}`)}</title><style>${REPORT_CSS}</style></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
<p class="sub">Run ${escapeHtml(data.run.id)} · ${escapeHtml(data.run.scenarioName)} · ${escapeHtml(data.run.status)} · trigger ${escapeHtml(data.run.trigger)}</p>
${data.run.notes ? `<p class="note">${escapeHtml(data.run.notes)}</p>` : ""}
<div class="grid">${kpis}</div>
${insightsSection(data)}
<h2>Charts</h2>${charts(data)}
<h2>APIs</h2>${steps}
${phasesSection(data)}
${errorsSection(data)}
${tokenSection(data)}
${generatorsSection(data)}
${eventsSection(data)}
<footer>Exported from Stampede on ${escapeHtml(formatDateTime(new Date()))}.</footer>
</main></body></html>
`;
}
