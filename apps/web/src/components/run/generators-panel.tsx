"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { GeneratorSeries, RunGenerators } from "@/server/runs/get-run-generators";
import { Card } from "../card";
import { usePolledJson } from "./use-polled-json";

const COLORS = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2"];
const MB = 1024 * 1024;

/** One row per second, one column per generator: what a multi-line chart reads. */
function widen(generators: GeneratorSeries[], value: (p: GeneratorSeries["points"][number]) => number | null) {
  const rows = new Map<number, Record<string, number | null>>();
  generators.forEach((g, i) => {
    for (const p of g.points) {
      const row = rows.get(p.second) ?? { second: p.second };
      row[`g${i}`] = value(p);
      rows.set(p.second, row);
    }
  });
  return [...rows.values()].sort((a, b) => a.second! - b.second!);
}

/**
 * Each load generator of the run, live: region, VUs, CPU and memory second by second, and the warning when a
 * generator's CPU, not the target, may be what limits the figures.
 */
export function GeneratorsPanel({ runId, live }: { runId: string; live: boolean }) {
  const { data } = usePolledJson<RunGenerators>(`/api/v1/runs/${encodeURIComponent(runId)}/generators`, live);
  if (!data || data.generators.length === 0) return null;
  const { generators } = data;
  const charts = [
    { title: "CPU (% of a core)", rows: widen(generators, (p) => (p.cpu === null ? null : Math.round(p.cpu * 100))) },
    {
      title: "Memory (RSS, MB)",
      rows: widen(generators, (p) => (p.rssBytes === null ? null : Math.round(p.rssBytes / MB))),
    },
  ];
  return (
    <Card title="Load generators">
      <div data-testid="generators-panel" className="space-y-3 px-4 py-3">
        {data.generatorBound && (
          <p
            role="status"
            data-testid="generator-bound"
            className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            A load generator ran above {Math.round(data.boundCpu * 100)}% CPU in {data.busySeconds} of {data.seconds}{" "}
            seconds: its figures measure the generator as much as the target. Add workers, or lower the load per worker.
          </p>
        )}
        <table className="w-full text-left text-xs">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1 font-medium">Generator</th>
              <th className="font-medium">Region</th>
              <th className="font-medium">Shard</th>
              <th className="text-right font-medium">VUs</th>
              <th className="text-right font-medium">CPU</th>
              <th className="text-right font-medium">Memory</th>
              <th className="text-right font-medium">Requests</th>
            </tr>
          </thead>
          <tbody>
            {generators.map((g, i) => {
              const last = g.points.at(-1);
              const requests = g.points.reduce((n, p) => n + p.requests, 0);
              return (
                <tr
                  key={`${g.generatorId}/${g.shardIndex}`}
                  data-testid="generator-row"
                  className="border-t border-slate-100"
                >
                  <td className="py-1 font-medium" style={{ color: COLORS[i % COLORS.length] }}>
                    {g.generatorName}
                  </td>
                  <td>{g.region}</td>
                  <td>{g.shardIndex + 1}</td>
                  <td className="text-right tabular-nums">{last?.vus ?? "—"}</td>
                  <td className="text-right tabular-nums">
                    {last?.cpu == null ? "—" : `${Math.round(last.cpu * 100)}%`}
                  </td>
                  <td className="text-right tabular-nums">
                    {last?.rssBytes == null ? "—" : `${Math.round(last.rssBytes / MB)} MB`}
                  </td>
                  <td className="text-right tabular-nums">{requests.toLocaleString("en-US")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="grid grid-cols-2 gap-4">
          {charts.map((chart) => (
            <div key={chart.title}>
              <p className="mb-1 text-xs font-medium text-slate-500">{chart.title}</p>
              <div className="h-36">
                <ResponsiveContainer width="100%" height="100%">
                  <LineChart data={chart.rows} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
                    <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
                    <XAxis
                      dataKey="second"
                      tickFormatter={(s: number) => `${s}s`}
                      tick={{ fontSize: 10 }}
                      stroke="#94a3b8"
                    />
                    <YAxis tick={{ fontSize: 10 }} stroke="#94a3b8" width={36} />
                    <Tooltip labelFormatter={(s) => `second ${String(s)}`} />
                    <Legend wrapperStyle={{ fontSize: 11 }} />
                    {generators.map((g, i) => (
                      <Line
                        key={`${g.generatorId}/${g.shardIndex}`}
                        type="linear"
                        dataKey={`g${i}`}
                        name={g.generatorName}
                        stroke={COLORS[i % COLORS.length]}
                        dot={false}
                        isAnimationActive={false}
                      />
                    ))}
                  </LineChart>
                </ResponsiveContainer>
              </div>
            </div>
          ))}
        </div>
      </div>
    </Card>
  );
}
