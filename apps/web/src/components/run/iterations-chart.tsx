"use client";

import { planPoints, type TLoadConfig } from "@stampede/contracts";
import { useMemo } from "react";
import type { SecondRange, SeriesRow } from "@/lib/run-series";
import type { SpeedMarker } from "./speed-markers";
import { type LineSpec, TimeChart } from "./time-chart";

/**
 * Iterations completed per second; in TPS (rate) mode against the target rate, with the iterations that were
 * due but found no free VU (dropped: counted, never sent).
 */
export function IterationsChart(props: {
  rows: SeriesRow[];
  load: TLoadConfig | null;
  onZoom: (range: SecondRange) => void;
  markers?: ReadonlyArray<SpeedMarker>;
}) {
  const { load } = props;
  const rate = load?.mode === "rate";
  const lines = useMemo(() => {
    const done: LineSpec = { key: "iterations", name: "iterations/s", color: "#0d9488" };
    if (!load || load.mode !== "rate") return [done];
    const plan = planPoints(load);
    return [
      done,
      { key: "value", name: "target/s", color: "#94a3b8", dash: "5 4", data: plan },
      { key: "droppedIterations", name: "dropped/s", color: "#dc2626" },
    ];
  }, [load]);
  return (
    <TimeChart
      title={rate ? "Iterations per second against the target" : "Iterations per second"}
      testId="iterations-chart"
      rows={props.rows}
      lines={lines}
      onZoom={props.onZoom}
      markers={props.markers}
    />
  );
}
