"use client";

import { useMemo, useState } from "react";
import type { SecondRange, SeriesRow } from "@/lib/run-series";
import { type LineSpec, TimeChart } from "./time-chart";

const LINES: LineSpec[] = [
  { key: "p50", name: "p50", color: "#10b981" },
  { key: "p90", name: "p90", color: "#0ea5e9" },
  { key: "p95", name: "p95", color: "#f59e0b" },
  { key: "p99", name: "p99", color: "#ef4444" },
  // Coordinated omission: p99 as if every request had been sent when due (dashed: a derived figure).
  { key: "p99Corrected", name: "p99 corrected", color: "#7c3aed", dash: "4 3" },
];
const KEYS = ["p50", "p90", "p95", "p99", "p99Corrected"] as const;

/**
 * Latency percentiles per second in ms, each from that second's merged histogram. The log scale keeps one
 * warm-up spike from flattening the rest; a log axis has no 0, so a second without requests is a gap there.
 */
export function LatencyChart({ rows, onZoom }: { rows: SeriesRow[]; onZoom: (range: SecondRange) => void }) {
  const [log, setLog] = useState(false);
  const drawn = useMemo(
    () =>
      log
        ? rows.map((r) => {
            const out: Record<string, number | null> = { second: r.second };
            for (const k of KEYS) out[k] = r[k] !== undefined && r[k] > 0 ? r[k] : null;
            return out;
          })
        : rows,
    [rows, log],
  );
  const toggle = useMemo(
    () => (
      <label className="flex items-center gap-1.5 text-xs text-slate-600">
        <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} />
        Log scale
      </label>
    ),
    [log],
  );
  return (
    <TimeChart
      title="Latency (ms)"
      testId="latency-chart"
      rows={drawn}
      lines={LINES}
      onZoom={onZoom}
      log={log}
      unit="ms"
      actions={toggle}
    />
  );
}
