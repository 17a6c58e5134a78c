"use client";

import type { FlowApis, TLoadConfig } from "@stampede/contracts";
import { type FormEvent, useState } from "react";
import { callApi } from "@/lib/call-api";
import { Card } from "../card";

/**
 * Changes a running run's speed: its max VUs (concurrency) or its rate (TPS), for the whole run or one flow.
 * Every change becomes a run event naming who made it; `onChanged` lets the page show it at once.
 */
export function SpeedControl({
  runId,
  load,
  flows,
  currentVus,
  onChanged,
}: {
  runId: string;
  load: TLoadConfig;
  flows: readonly FlowApis[];
  /** VUs active in the latest live second, so the effect of a change shows next to it. */
  currentVus: number | undefined;
  onChanged: () => void;
}) {
  const vus = load.mode === "concurrency";
  const [flow, setFlow] = useState("");
  const [value, setValue] = useState(String(vus ? load.vus : load.targetRate));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function apply(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const figure = Number(value);
    const body = { ...(vus ? { vus: figure } : { rate: figure }), ...(flow ? { flow } : {}) };
    const answer = await callApi(`/api/v1/runs/${encodeURIComponent(runId)}/speed`, { method: "POST", body });
    setBusy(false);
    if (answer.ok) {
      setResult({
        ok: true,
        text: `speed set to ${figure} ${vus ? "VUs" : "iterations/s"}${flow ? ` for ${flow}` : ""}`,
      });
      onChanged();
    } else setResult({ ok: false, text: [answer.error, ...answer.issues].join(" — ") });
  }

  return (
    <Card title="Speed">
      <form onSubmit={apply} className="flex flex-wrap items-end gap-3 px-4 py-3 text-sm" data-testid="speed-control">
        {flows.length > 1 && (
          <label className="flex flex-col gap-1 text-xs text-slate-600">
            For
            <select
              value={flow}
              onChange={(e) => setFlow(e.target.value)}
              className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
              data-testid="speed-flow"
            >
              <option value="">the whole run</option>
              {flows.map((f) => (
                <option key={f.name} value={f.name}>
                  flow {f.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex flex-col gap-1 text-xs text-slate-600">
          {vus ? "Max VUs" : "Target rate (iterations/s)"}
          <input
            type="number"
            min={0}
            max={vus ? load.vus : undefined}
            step={vus ? 1 : "any"}
            required
            value={value}
            onChange={(e) => setValue(e.target.value)}
            className="w-32 rounded-md border border-slate-300 px-2 py-1.5 text-sm tabular-nums"
            data-testid="speed-value"
          />
        </label>
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-blue-700 disabled:opacity-60"
        >
          {busy ? "Applying…" : "Apply"}
        </button>
        <span className="text-xs text-slate-500">
          now <span data-testid="speed-current-vus">{currentVus ?? "—"}</span> VUs active
          {vus && <> · at most {load.vus} (the run&apos;s max VUs)</>}
        </span>
        {result && (
          <span role="status" className={`text-xs ${result.ok ? "text-emerald-700" : "text-red-600"}`}>
            {result.text}
          </span>
        )}
      </form>
    </Card>
  );
}
