"use client";

import { memo, type ReactNode, useRef, useState } from "react";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatCompact } from "@/lib/format";
import { rangeOf, type SecondRange } from "@/lib/run-series";
import { Card } from "../card";
import type { SpeedMarker } from "./speed-markers";
import { useFrozenOffScreen } from "./use-on-screen";

/** One line of a time chart: a key of the rows (or of its own `data`), drawn straight or as steps. */
export interface LineSpec {
  key: string;
  name: string;
  color: string;
  dash?: string;
  /** Gauges (VUs) hold their value through the second: drawn as steps. Rates and percentiles are straight. */
  step?: boolean;
  /** A line with points of its own (the planned profile), on the same seconds axis. */
  data?: ReadonlyArray<object>;
}

const secondLabel = (s: unknown) => `${String(s)}s`;
const secondOf = (row: object | undefined) => (row as { second?: number } | undefined)?.second ?? 0;
const firstSecond = (rows: ReadonlyArray<object>) => secondOf(rows[0]);
const lastSecond = (rows: ReadonlyArray<object>) => secondOf(rows.at(-1));

/**
 * A chart of figures per second with drag-to-zoom: press on one second, release on another, and `onZoom`
 * gets that range. Straight or stepped lines only (a spline invents values between seconds); no animation,
 * so a point a second costs one redraw — and none while the chart is scrolled out of view.
 */
export function TimeChart(props: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const rows = useFrozenOffScreen(box, props.rows);
  return (
    <div ref={box}>
      <ChartBody {...props} rows={rows} />
    </div>
  );
}

interface ChartProps {
  title: ReactNode;
  testId: string;
  rows: ReadonlyArray<object>;
  lines: LineSpec[];
  onZoom: (range: SecondRange) => void;
  log?: boolean;
  unit?: string;
  actions?: ReactNode;
  /** What an empty chart says; by default that no second has been drawn yet. */
  emptyText?: string;
  /** Speed changes, drawn as labelled vertical lines at their second. */
  markers?: ReadonlyArray<SpeedMarker>;
}

const ChartBody = memo(function ChartBody(props: ChartProps) {
  const [dragFrom, setDragFrom] = useState<number>();
  const [dragTo, setDragTo] = useState<number>();
  const labelOf = (state: unknown) => {
    const label = (state as { activeLabel?: unknown } | null)?.activeLabel;
    return label === undefined || label === null ? undefined : Number(label);
  };
  const endDrag = () => {
    const range = rangeOf(dragFrom, dragTo);
    setDragFrom(undefined);
    setDragTo(undefined);
    if (range) props.onZoom(range);
  };
  return (
    <Card title={props.title} actions={props.actions}>
      <div data-testid={props.testId} className="h-56 select-none px-2 py-3">
        {props.rows.length === 0 ? (
          <ChartEmpty text={props.emptyText} />
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart
              data={props.rows as object[]}
              margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
              onMouseDown={(state) => setDragFrom(labelOf(state))}
              onMouseMove={(state) => dragFrom !== undefined && setDragTo(labelOf(state))}
              onMouseUp={endDrag}
              onMouseLeave={() => dragFrom !== undefined && endDrag()}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
              <XAxis
                dataKey="second"
                type="number"
                // The rows' seconds, so every chart shares one time axis; a planned line reaching past them is cut.
                domain={[firstSecond(props.rows), lastSecond(props.rows)]}
                allowDataOverflow
                allowDecimals={false}
                tickFormatter={secondLabel}
                tick={{ fontSize: 11 }}
                stroke="#94a3b8"
              />
              <YAxis
                scale={props.log ? "log" : "auto"}
                domain={props.log ? [0.1, "auto"] : [0, "auto"]}
                allowDataOverflow={props.log}
                tickFormatter={formatCompact}
                tick={{ fontSize: 11 }}
                stroke="#94a3b8"
                width={48}
              />
              <Tooltip
                labelFormatter={(s) => `second ${String(s)}`}
                formatter={(v) => (props.unit ? `${Number(v).toFixed(1)} ${props.unit}` : String(v))}
              />
              <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
              {props.lines.map((l) => (
                <Line
                  key={l.key + (l.data ? ":own" : "")}
                  data={l.data as object[] | undefined}
                  type={l.step ? "stepAfter" : "linear"}
                  dataKey={l.key}
                  name={l.name}
                  stroke={l.color}
                  strokeDasharray={l.dash}
                  strokeWidth={l.dash ? 1.5 : 2}
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
              {props.markers?.map((m) => (
                <ReferenceLine
                  key={`${m.second}:${m.label}`}
                  x={m.second}
                  stroke="#f59e0b"
                  strokeDasharray="2 2"
                  label={{ value: m.label, position: "insideTopRight", fontSize: 10, fill: "#b45309" }}
                />
              ))}
              {dragFrom !== undefined && dragTo !== undefined && (
                <ReferenceArea x1={dragFrom} x2={dragTo} fill="#3b82f6" fillOpacity={0.12} />
              )}
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
    </Card>
  );
});

export function ChartEmpty({ text = "Waiting for the first second of data…" }: { text?: string }) {
  return <div className="flex h-full items-center justify-center text-sm text-slate-400">{text}</div>;
}
