"use client";

import { planPoints, stagesFit, type TLoadConfig } from "@stampede/contracts";
import { useMemo } from "react";
import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const seconds = (s: unknown) => {
  const n = Number(s);
  return Number.isInteger(n) ? `${n}s` : `${n.toFixed(1)}s`;
};

/**
 * The planned VUs (or rate) over the run, computed here from the settings being edited. With stages, a line
 * marks where they end before the run does, or where the run ends before they do (the cut part dashed grey).
 */
export function LoadPreviewChart({ load }: { load: TLoadConfig }) {
  const points = useMemo(() => planPoints(load), [load]);
  const fit = load.stages ? stagesFit(load.stages, load.durationSeconds) : null;
  const stepped =
    load.mode === "concurrency" && !load.stages && (load.startPercent !== undefined || load.rampUpSeconds > 0);
  const unit = load.mode === "rate" ? "iterations/s" : "VUs";
  return (
    <div className="h-56" data-testid="load-preview" aria-label={`Planned ${unit} over time`} role="img">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis
            dataKey="second"
            type="number"
            domain={[0, "dataMax"]}
            allowDecimals={false}
            tickFormatter={seconds}
            tick={{ fontSize: 11 }}
            stroke="#94a3b8"
          />
          <YAxis allowDecimals={load.mode === "rate"} tick={{ fontSize: 11 }} stroke="#94a3b8" width={44} />
          <Tooltip
            labelFormatter={(s) => `second ${seconds(s).slice(0, -1)}`}
            formatter={(v, name) => [String(v), name === "beyond" ? `${unit} (after the run: not run)` : unit]}
          />
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
          {fit?.kind === "longer" && (
            <Area
              type="linear"
              dataKey="beyond"
              name="beyond"
              stroke="#94a3b8"
              strokeDasharray="4 3"
              fill="#cbd5e1"
              fillOpacity={0.2}
              strokeWidth={1.5}
              isAnimationActive={false}
            />
          )}
          {fit?.kind === "longer" && (
            <ReferenceLine
              x={load.durationSeconds}
              stroke="#b45309"
              label={{ value: "run ends", position: "top", fontSize: 11, fill: "#b45309" }}
            />
          )}
          {fit?.kind === "shorter" && fit.stagesSeconds > 0 && (
            <ReferenceLine
              x={fit.stagesSeconds}
              stroke="#64748b"
              strokeDasharray="3 3"
              label={{ value: "stages end", position: "top", fontSize: 11, fill: "#64748b" }}
            />
          )}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
