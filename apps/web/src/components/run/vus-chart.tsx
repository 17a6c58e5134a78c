"use client";

import { planPoints, type TLoadConfig } from "@stampede/contracts";
import { useMemo } from "react";
import type { SecondRange, SeriesRow } from "@/lib/run-series";
import type { SpeedMarker } from "./speed-markers";
import { type LineSpec, TimeChart } from "./time-chart";

/**
 * Active VUs per second against the plan (concurrency mode: the profile the load settings draw, the same
 * `planPoints` the editor's preview uses). A speed change shows as the actual line leaving the planned one.
 */
export function VusChart(props: {
  rows: SeriesRow[];
  load: TLoadConfig | null;
  onZoom: (range: SecondRange) => void;
  markers?: ReadonlyArray<SpeedMarker>;
}) {
  const { load } = props;
  const lines = useMemo(() => {
    const actual: LineSpec = { key: "vus", name: "VUs", color: "#7c3aed", step: true };
    if (load?.mode !== "concurrency") return [actual];
    const plan = planPoints(load);
    return [actual, { key: "value", name: "planned VUs", color: "#94a3b8", dash: "5 4", data: plan }];
  }, [load]);
  return (
    <TimeChart
      title="Virtual users"
      testId="vus-chart"
      rows={props.rows}
      lines={lines}
      onZoom={props.onZoom}
      markers={props.markers}
    />
  );
}
