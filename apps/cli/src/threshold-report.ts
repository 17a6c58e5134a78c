import type { TThresholdResult } from "./evaluate-thresholds";
import { EXIT } from "./exit-codes";
import { formatMs, formatPercent } from "./format";
import { isLatencyMetric, isRateMetric, type TThresholdMetric } from "./thresholds";

/** A value in the metric's unit, the way the summary table writes it. */
export function formatMetricValue(metric: TThresholdMetric, value: number): string {
  if (Number.isNaN(value)) return "nothing measured";
  if (isLatencyMetric(metric)) return `${formatMs(value)} ms`;
  if (isRateMetric(metric)) return formatPercent(value);
  if (metric === "rps") return `${value.toFixed(1)} req/s`;
  return String(value);
}

/** ✓/✗ per threshold with the measured value; a failed one also states the limit it crossed. */
export function formatThresholdResults(results: TThresholdResult[]): string {
  if (results.length === 0) return "";
  const width = Math.max(...results.map((r) => r.threshold.source.length));
  const lines = results.map(({ threshold: t, actual, ok }) => {
    const measured = `${t.metric}${t.step === undefined ? "" : `{step:${t.step}}`} = ${formatMetricValue(t.metric, actual)}`;
    const limit = ok ? "" : `, limit ${t.operator} ${formatMetricValue(t.metric, t.limit)}`;
    return `  ${ok ? "✓" : "✗"} ${t.source.padEnd(width)}  ${measured}${limit}`;
  });
  const failed = results.filter((r) => !r.ok).length;
  const verdict = failed === 0 ? "all thresholds passed" : `${failed} of ${results.length} thresholds failed`;
  return ["thresholds", "", ...lines, "", `  ${verdict}`, ""].join("\n");
}

/** The verdict of a run that went its course: 99 naming the failed thresholds on `stderr`, else 0. */
export function thresholdsExitCode(results: TThresholdResult[], stderr: { write(text: string): void }): number {
  const failed = results.filter((r) => !r.ok);
  if (failed.length === 0) return EXIT.ok;
  stderr.write(`stampede: thresholds failed: ${failed.map((r) => r.threshold.source).join(", ")}\n`);
  return EXIT.thresholdsFailed;
}
