"use client";

import type { TLivePoint, TLoadConfig, TRunSummary } from "@stampede/contracts";
import { useCallback, useMemo, useState } from "react";
import { breakdownRows, pointsInRange, type SecondRange, seriesRows, stepNames, wholeSeconds } from "@/lib/run-series";
import { computeTotals } from "@/lib/run-stats";
import { thinPoints } from "@/lib/thin-points";
import { BreakdownChart } from "./breakdown-chart";
import { BreakdownTables } from "./breakdown-tables";
import { IterationsChart } from "./iterations-chart";
import { KpiCards } from "./kpi-cards";
import { LatencyChart } from "./latency-chart";
import { RpsChart } from "./rps-chart";
import { StepTable } from "./step-table";
import type { SpeedMarker } from "./speed-markers";
import { useRangeStats } from "./use-range-stats";
import { VusChart } from "./vus-chart";

/**
 * The run's numbers and charts, live and final: KPI cards, charts per second (for the run or one API), and
 * the tables over the zoomed range. Chart rows are memoised per point; the tables follow the stats endpoint.
 */
export function RunLivePanels(props: {
  runId: string;
  points: TLivePoint[];
  load: TLoadConfig | null;
  live: boolean;
  summary: TRunSummary | null;
  /** Speed changes made during the run, marked on the VU and iteration charts. */
  markers?: ReadonlyArray<SpeedMarker>;
}) {
  const [step, setStep] = useState<string | null>(null);
  const [range, setRange] = useState<SecondRange | null>(null);
  const stats = useRangeStats(props.runId, range, props.live);

  const duration = props.summary?.durationSeconds;
  const chartPoints = useMemo(() => wholeSeconds(props.points, duration), [props.points, duration]);
  const visible = useMemo(() => pointsInRange(chartPoints, range), [chartPoints, range]);
  const drawn = useMemo(() => thinPoints(visible), [visible]);
  const rows = useMemo(() => seriesRows(drawn, step), [drawn, step]);
  const codes = useMemo(() => breakdownRows(drawn, step, "statusCodes"), [drawn, step]);
  const kinds = useMemo(() => breakdownRows(drawn, step, "errors"), [drawn, step]);
  const bucketSeconds = drawn.length < visible.length ? Math.ceil(visible.length / drawn.length) : 1;
  const steps = useMemo(() => {
    const names = new Set(stepNames(props.points.slice(-1)));
    stats?.steps.forEach((s) => names.add(s.step));
    return [...names];
  }, [props.points, stats]);
  const onZoom = useCallback((next: SecondRange) => setRange(next), []);
  // The run's details are re-read every few seconds: a new object with the same settings must not redraw the plan.
  const loadKey = JSON.stringify(props.load);
  const load = useMemo(() => props.load, [loadKey]);

  const totals = computeTotals(stats, props.summary, chartPoints, { live: props.live, range });
  const figures = stats ? (step === null ? stats.overall : (stats.steps.find((s) => s.step === step) ?? null)) : null;
  const caption = range ? `seconds ${range.from}–${range.to}` : props.live ? "whole run so far" : "whole run";

  return (
    <>
      <span data-testid="point-count" hidden>
        {props.points.length}
      </span>
      <KpiCards totals={totals} />
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <label className="flex items-center gap-2">
          API
          <select
            aria-label="API shown in the charts"
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
            value={step ?? ""}
            onChange={(e) => setStep(e.target.value || null)}
          >
            <option value="">All APIs</option>
            {steps.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {range ? (
          <span className="flex items-center gap-2" data-testid="zoom-range">
            Zoomed to seconds {range.from}–{range.to}
            <button
              type="button"
              className="rounded-md border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50"
              onClick={() => setRange(null)}
            >
              Reset zoom
            </button>
          </span>
        ) : (
          <span className="text-xs text-slate-400">Drag across a chart to zoom; the tables follow.</span>
        )}
        <span className="text-xs text-slate-400">
          {props.live ? "The newest second is drawn once it is complete." : "The last, partial second is not drawn."}
        </span>
        {bucketSeconds > 1 && (
          <span className="text-xs text-slate-400" data-testid="chart-buckets">
            Each point is {bucketSeconds} s (rates per second averaged, latencies the worst second); zoom in for every
            second.
          </span>
        )}
      </div>
      <div className="grid grid-cols-2 gap-4">
        <RpsChart rows={rows} onZoom={onZoom} />
        <LatencyChart rows={rows} onZoom={onZoom} />
        <VusChart rows={rows} load={load} onZoom={onZoom} markers={props.markers} />
        <IterationsChart rows={rows} load={load} onZoom={onZoom} markers={props.markers} />
        <BreakdownChart
          title="Status codes per second"
          testId="status-chart"
          emptyText="No responses."
          {...codes}
          onZoom={onZoom}
        />
        <BreakdownChart
          title="Error kinds per second"
          testId="errors-chart"
          emptyText="No failures."
          {...kinds}
          onZoom={onZoom}
        />
      </div>
      <BreakdownTables figures={figures} caption={`${step ?? "all APIs"}, ${caption}`} />
      <StepTable stats={stats} caption={caption} />
    </>
  );
}
