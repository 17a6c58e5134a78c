"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { RunTokenActivity } from "@/server/runs/get-run-token";
import { Card } from "../card";
import { usePolledJson } from "./use-polled-json";

/**
 * The token provider's work during a run, all generators added: fetches, refreshes ahead of expiry and on
 * rejection, errors, and the age of the token in use. Shown only when the scenario has a token provider;
 * the token's value never reaches the page.
 */
export function TokenPanel({ runId, live }: { runId: string; live: boolean }) {
  const { data } = usePolledJson<RunTokenActivity>(`/api/v1/runs/${encodeURIComponent(runId)}/token`, live);
  if (!data?.tokenProvider) return null;
  const seconds = data.seconds;
  const sum = (pick: (s: (typeof seconds)[number]) => number) => seconds.reduce((n, s) => n + pick(s), 0);
  const age = seconds.findLast((s) => s.ageSeconds !== null)?.ageSeconds ?? null;
  const figures: Array<[string, string, string]> = [
    ["token-fetches", "Fetches", String(sum((s) => s.fetches))],
    ["token-ahead", "Refreshed ahead of expiry", String(sum((s) => s.refreshesAhead))],
    ["token-rejection", "Refreshed on rejection", String(sum((s) => s.refreshesOnRejection))],
    ["token-errors", "Token errors", String(sum((s) => s.errors))],
    ["token-age", "Current token age", age === null ? "—" : `${age.toFixed(1)} s`],
  ];
  return (
    <Card title="Token provider">
      <div data-testid="token-panel" className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-4 px-4 py-3">
        <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
          {figures.map(([testId, label, value]) => (
            <div key={testId}>
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd data-testid={testId} className="font-semibold text-slate-900 tabular-nums">
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <div className="h-40">
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={seconds} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
              <XAxis dataKey="second" tickFormatter={(s: number) => `${s}s`} tick={{ fontSize: 10 }} stroke="#94a3b8" />
              <YAxis yAxisId="n" allowDecimals={false} tick={{ fontSize: 10 }} stroke="#94a3b8" width={28} />
              <YAxis yAxisId="age" orientation="right" tick={{ fontSize: 10 }} stroke="#94a3b8" width={32} unit="s" />
              <Tooltip labelFormatter={(s) => `second ${String(s)}`} />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              <Bar yAxisId="n" dataKey="fetches" name="fetches" fill="#6366f1" isAnimationActive={false} />
              <Bar yAxisId="n" dataKey="errors" name="errors" fill="#dc2626" isAnimationActive={false} />
              <Line
                yAxisId="age"
                type="linear"
                dataKey="ageSeconds"
                name="token age (s)"
                stroke="#0f766e"
                dot={false}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      </div>
    </Card>
  );
}
