"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Trends } from "@/server/trends/trends-data";
import { Card } from "../card";

type Point = Trends["points"][number] & { label: string };

const REGRESSION_RED = "#dc2626";

/**
 * A run's dot: hollow for manual and API runs, filled for scheduled ones; a scheduled run that regressed
 * against the baseline when it ended has a red ring.
 */
function dot(color: string) {
  function TrendDot(props: { cx?: number; cy?: number; payload?: Point; index?: number }) {
    const { cx, cy, payload } = props;
    if (cx === undefined || cy === undefined) return <g key={props.index} />;
    const regressed = payload?.regression === true;
    return (
      <g
        key={props.index}
        data-testid="trend-dot"
        data-run-id={payload?.runId}
        data-scheduled={payload?.scheduled ? "true" : "false"}
        data-regression={payload?.regression == null ? undefined : String(payload.regression)}
      >
        {regressed && <circle cx={cx} cy={cy} r={7} stroke={REGRESSION_RED} strokeWidth={2} fill="none" />}
        <circle
          cx={cx}
          cy={cy}
          r={payload?.scheduled ? 4 : 3}
          stroke={color}
          fill={payload?.scheduled ? color : "white"}
        />
      </g>
    );
  }
  return TrendDot;
}

/** The baseline run's value as a level across the chart: runs above or below it read at a glance. */
function baselineLevel(value: number | undefined, label: string, color: string, yAxisId?: string) {
  if (value === undefined) return null;
  return (
    <ReferenceLine
      y={value}
      yAxisId={yAxisId}
      stroke={color}
      strokeOpacity={0.6}
      strokeDasharray="2 4"
      label={{ value: label, fontSize: 10, position: "insideTopLeft", fill: color }}
    />
  );
}

/**
 * How the scenario's ended runs moved: p95 and p99 latency, TPS and error rate per run, oldest first.
 * Filled dots are scheduled runs, ringed red when they regressed against the baseline; the dashed vertical
 * line marks the baseline run, and dotted levels its p95 and TPS.
 */
export function TrendsCard({ trends }: { trends: Trends }) {
  const points: Point[] = trends.points.map((p) => ({ ...p, label: new Date(p.at).toLocaleString() }));
  const baseline = points.find((p) => p.runId === trends.baselineRunId);
  const regressed = points.filter((p) => p.regression === true).length;
  if (points.length < 2) {
    return (
      <Card title="Trends">
        <p className="p-4 text-sm text-slate-500">Trends show once the scenario has two ended runs.</p>
      </Card>
    );
  }
  const marker = baseline && (
    <ReferenceLine
      x={baseline.label}
      stroke="#64748b"
      strokeDasharray="4 4"
      label={{ value: "baseline", fontSize: 10 }}
    />
  );
  return (
    <Card title="Trends">
      <div className="grid gap-4 p-4 md:grid-cols-2" data-testid="trends-card">
        <div className="h-56">
          <div className="text-xs font-medium text-slate-600">Latency (ms)</div>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" hide />
              <YAxis width={48} fontSize={11} />
              <Tooltip />
              {marker}
              {baselineLevel(baseline?.p95Ms, "baseline p95", "#2563eb")}
              <Line dataKey="p95Ms" name="p95" stroke="#2563eb" dot={dot("#2563eb")} isAnimationActive={false} />
              <Line dataKey="p99Ms" name="p99" stroke="#7c3aed" dot={dot("#7c3aed")} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <div className="h-56">
          <div className="text-xs font-medium text-slate-600">TPS and error rate (%)</div>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" hide />
              <YAxis yAxisId="tps" width={48} fontSize={11} />
              <YAxis yAxisId="err" orientation="right" width={40} fontSize={11} />
              <Tooltip />
              {baseline && <ReferenceLine yAxisId="tps" x={baseline.label} stroke="#64748b" strokeDasharray="4 4" />}
              {baselineLevel(baseline?.tps, "baseline TPS", "#059669", "tps")}
              <Line
                yAxisId="tps"
                dataKey="tps"
                name="TPS"
                stroke="#059669"
                dot={dot("#059669")}
                isAnimationActive={false}
              />
              <Line
                yAxisId="err"
                dataKey="errorRate"
                name="error rate %"
                stroke="#dc2626"
                dot={dot("#dc2626")}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <p className="text-xs text-slate-500 md:col-span-2">
          {points.length} ended runs ({points.filter((p) => p.scheduled).length} scheduled); filled dots are scheduled
          runs{baseline ? ", the dashed line the baseline run and the dotted levels its p95 and TPS" : ""}.
          {regressed > 0 && (
            <span className="text-red-700" data-testid="trend-regressions">
              {" "}
              {regressed} scheduled run{regressed === 1 ? "" : "s"} regressed against the baseline (ringed red).
            </span>
          )}
        </p>
      </div>
    </Card>
  );
}
