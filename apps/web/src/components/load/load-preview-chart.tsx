"use client";

import type { TLoadConfig } from "@stampede/contracts";
import { useMemo } from "react";
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { planPoints } from "./plan-points";

/** The planned VUs (or rate) over the run, computed here from the settings being edited. */
export function LoadPreviewChart({ load }: { load: TLoadConfig }) {
  const points = useMemo(() => planPoints(load), [load]);
  const stepped = load.mode === "concurrency" && (load.startPercent !== undefined || load.rampUpSeconds > 0);
  const unit = load.mode === "rate" ? "iterations/s" : "VUs";
  return (
    <div className="h-56" data-testid="load-preview" aria-label={`Planned ${unit} over time`} role="img">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="second" tickFormatter={(s: number) => `${s}s`} tick={{ fontSize: 11 }} stroke="#94a3b8" />
          <YAxis allowDecimals={load.mode === "rate"} tick={{ fontSize: 11 }} stroke="#94a3b8" width={44} />
          <Tooltip labelFormatter={(s) => `second ${String(s)}`} formatter={(v) => [String(v), unit]} />
          <Area
            type={stepped ? "stepAfter" : "linear"}
            dataKey="value"
            name={unit}
            stroke="#7c3aed"
            fill="#8b5cf6"
            fillOpacity={0.15}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
