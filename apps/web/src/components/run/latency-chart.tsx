"use client";

import type { TLivePoint } from "@stampede/contracts";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Card } from "../card";
import { ChartEmpty } from "./rps-chart";

const SERIES = [
  { key: "p50", color: "#10b981" },
  { key: "p95", color: "#f59e0b" },
  { key: "p99", color: "#ef4444" },
  // Coordinated omission: p99 as if every request had been sent when due (dashed: a derived figure).
  { key: "p99Corrected", color: "#7c3aed", dash: "4 3" },
] as const;

/** Run-level latency percentiles per second, in ms (the worker merges every step's histogram for each second). */
export function LatencyChart({ points }: { points: TLivePoint[] }) {
  return (
    <Card title="Latency (ms)">
      <div data-testid="latency-chart" className="h-64 px-2 py-3">
        {points.length === 0 ? (
          <ChartEmpty />
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
              <XAxis dataKey="second" tickFormatter={(s: number) => `${s}s`} tick={{ fontSize: 11 }} stroke="#94a3b8" />
              <YAxis tick={{ fontSize: 11 }} stroke="#94a3b8" width={48} />
              <Tooltip labelFormatter={(s) => `second ${String(s)}`} formatter={(v) => `${Number(v).toFixed(1)} ms`} />
              <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
              {SERIES.map((s) => (
                <Line
                  key={s.key}
                  type="monotone"
                  dataKey={s.key}
                  name={s.key === "p99Corrected" ? "p99 corrected" : s.key}
                  stroke={s.color}
                  strokeDasharray={"dash" in s ? s.dash : undefined}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
    </Card>
  );
}
