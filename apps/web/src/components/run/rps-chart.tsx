"use client";

import type { TLivePoint } from "@stampede/contracts";
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompact } from "@/lib/format";
import { Card } from "../card";

/** Requests and failures per second. The hidden count lets a browser test see the chart grow. */
export function RpsChart({ points }: { points: TLivePoint[] }) {
  return (
    <Card title="Requests per second">
      <div data-testid="rps-chart" className="h-64 px-2 py-3">
        <span data-testid="point-count" hidden>
          {points.length}
        </span>
        {points.length === 0 ? (
          <ChartEmpty />
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
              <XAxis dataKey="second" tickFormatter={(s: number) => `${s}s`} tick={{ fontSize: 11 }} stroke="#94a3b8" />
              <YAxis
                allowDecimals={false}
                tickFormatter={formatCompact}
                tick={{ fontSize: 11 }}
                stroke="#94a3b8"
                width={48}
              />
              <Tooltip labelFormatter={(s) => `second ${String(s)}`} />
              <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
              <Area
                type="monotone"
                dataKey="requests"
                name="requests/s"
                stroke="#2563eb"
                fill="#3b82f6"
                fillOpacity={0.15}
                strokeWidth={2}
                isAnimationActive={false}
              />
              <Area
                type="monotone"
                dataKey="failures"
                name="failures/s"
                stroke="#dc2626"
                fill="#ef4444"
                fillOpacity={0.15}
                strokeWidth={1.5}
                isAnimationActive={false}
              />
            </AreaChart>
          </ResponsiveContainer>
        )}
      </div>
    </Card>
  );
}

export function ChartEmpty() {
  return (
    <div className="flex h-full items-center justify-center text-sm text-slate-400">
      Waiting for the first second of data…
    </div>
  );
}
