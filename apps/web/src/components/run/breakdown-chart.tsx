"use client";

import { useMemo } from "react";
import type { SecondRange } from "@/lib/run-series";
import { type LineSpec, TimeChart } from "./time-chart";

const PALETTE = ["#2563eb", "#f59e0b", "#7c3aed", "#0d9488", "#db2777", "#64748b", "#65a30d", "#0891b2"];

/** Success codes green, 4xx amber to red, 5xx dark red; other keys (error kinds) from a palette. */
function colorOf(key: string, index: number): string {
  if (/^2\d\d$/.test(key)) return "#16a34a";
  if (/^4\d\d$/.test(key)) return key === "401" || key === "403" ? "#dc2626" : "#d97706";
  if (/^5\d\d$/.test(key)) return "#7f1d1d";
  return PALETTE[index % PALETTE.length]!;
}

/** Counts per second of each status code, or of each error kind: one line per key seen in the range. */
export function BreakdownChart(props: {
  title: string;
  testId: string;
  keys: string[];
  rows: Array<Record<string, number>>;
  /** What the chart says when the seconds drawn have none of these keys. */
  emptyText: string;
  onZoom: (range: SecondRange) => void;
}) {
  const keyList = props.keys.join("\n");
  const lines = useMemo<LineSpec[]>(
    () => (keyList ? keyList.split("\n") : []).map((k, i) => ({ key: k, name: k, color: colorOf(k, i) })),
    [keyList],
  );
  return (
    <TimeChart
      title={props.title}
      testId={props.testId}
      rows={lines.length ? props.rows : []}
      emptyText={props.rows.length ? props.emptyText : undefined}
      lines={lines}
      onZoom={props.onZoom}
    />
  );
}
