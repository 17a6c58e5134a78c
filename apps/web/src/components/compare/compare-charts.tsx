"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ComparedRun } from "@/server/reports/compare-data";
import { Card } from "../card";
import { RUN_COLORS } from "./run-colors";

/** One row per second with a column per run (`r0`, `r1`, ...), so Recharts overlays the runs on one axis. */
function overlay(runs: ComparedRun[], pick: "rps" | "p95") {
  const bySecond = new Map<number, Record<string, number>>();
  runs.forEach((run, i) => {
    for (const s of run.series) {
      const row = bySecond.get(s.second) ?? { second: s.second };
      row[`r${i}`] = s[pick];
      bySecond.set(s.second, row);
    }
  });
  return [...bySecond.values()].sort((a, b) => a.second! - b.second!);
}

function OverlayChart({
  title,
  runs,
  pick,
  unit,
}: {
  title: string;
  runs: ComparedRun[];
  pick: "rps" | "p95";
  unit: string;
}) {
  return (
    <Card title={title}>
      <div className="h-64 px-2 py-3" data-testid={`compare-chart-${pick}`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={overlay(runs, pick)} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="second" tickFormatter={(s: number) => `${s}s`} tick={{ fontSize: 11 }} stroke="#94a3b8" />
            <YAxis tick={{ fontSize: 11 }} stroke="#94a3b8" width={48} />
            <Tooltip
              labelFormatter={(s) => `second ${String(s)}`}
              formatter={(v) => `${Number(v).toFixed(1)} ${unit}`}
            />
            <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
            {runs.map((run, i) => (
              <Line
                key={run.id}
                type="linear"
                dataKey={`r${i}`}
                name={run.label}
                stroke={RUN_COLORS[i % RUN_COLORS.length]}
                strokeWidth={i === 0 ? 2.5 : 1.5}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}

/** Requests per second and p95 per second of every compared run, overlaid from second 0. */
export function CompareCharts({ runs }: { runs: ComparedRun[] }) {
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <OverlayChart title="Requests per second" runs={runs} pick="rps" unit="/s" />
      <OverlayChart title="p95 latency per second (ms)" runs={runs} pick="p95" unit="ms" />
    </div>
  );
}
