"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Trends } from "@/server/trends/trends-data";
import { Card } from "../card";

type Point = Trends["points"][number] & { label: string };

/** A run's dot: hollow for manual and API runs, filled for scheduled ones. */
function dot(color: string) {
  function TrendDot(props: { cx?: number; cy?: number; payload?: Point; index?: number }) {
    const { cx, cy, payload } = props;
    if (cx === undefined || cy === undefined) return <g key={props.index} />;
    return (
      <circle
        key={props.index}
        data-testid="trend-dot"
        data-run-id={payload?.runId}
        data-scheduled={payload?.scheduled ? "true" : "false"}
        cx={cx}
        cy={cy}
        r={payload?.scheduled ? 4 : 3}
        stroke={color}
        fill={payload?.scheduled ? color : "white"}
      />
    );
  }
  return TrendDot;
}

/**
 * How the scenario's ended runs moved: p95 and p99 latency, TPS and error rate per run, oldest first.
 * Filled dots are scheduled runs; the dashed line marks the baseline run.
 */
export function TrendsCard({ trends }: { trends: Trends }) {
  const points: Point[] = trends.points.map((p) => ({ ...p, label: new Date(p.at).toLocaleString() }));
  const baseline = points.find((p) => p.runId === trends.baselineRunId);
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
          runs{baseline ? ", the dashed line the baseline" : ""}.
        </p>
      </div>
    </Card>
  );
}
