"use client";

import type { SecondRange, SeriesRow } from "@/lib/run-series";
import { type LineSpec, TimeChart } from "./time-chart";

const LINES: LineSpec[] = [
  { key: "requests", name: "requests/s", color: "#2563eb" },
  { key: "failures", name: "failures/s", color: "#dc2626" },
];

/** Requests and failures per second (the run's, or the selected API's). */
export function RpsChart({ rows, onZoom }: { rows: SeriesRow[]; onZoom: (range: SecondRange) => void }) {
  return <TimeChart title="Requests per second" testId="rps-chart" rows={rows} lines={LINES} onZoom={onZoom} />;
}
