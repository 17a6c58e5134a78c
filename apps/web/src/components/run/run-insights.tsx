"use client";

import { isTerminalRunStatus, type TRunStatus } from "@stampede/contracts";
import type { TInsight } from "@stampede/metrics/insights";
import { useEffect, useState } from "react";
import { Card } from "../card";

const POLL_MS = 10_000;

/** Plain-language hints with their figures: re-read while the run goes on, and once more when it ends. */
export function RunInsights({ runId, status }: { runId: string; status: TRunStatus }) {
  const [insights, setInsights] = useState<TInsight[]>([]);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const terminal = isTerminalRunStatus(status);
    const load = async (attempt: number) => {
      try {
        const response = await fetch(`/api/v1/runs/${encodeURIComponent(runId)}/insights`, { cache: "no-store" });
        if (response.ok && !cancelled) setInsights(((await response.json()) as { insights: TInsight[] }).insights);
      } catch {
        // A missed refresh is retried on the next tick; the card keeps what it showed.
      }
      if (cancelled) return;
      // The summary lands a moment after a terminal status: look again a couple of times.
      if (!terminal) timer = setTimeout(() => void load(0), POLL_MS);
      else if (attempt < 2) timer = setTimeout(() => void load(attempt + 1), 1_500);
    };
    void load(0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [runId, status]);

  if (insights.length === 0) return null;
  return (
    <Card title="Insights">
      <ul className="divide-y divide-slate-100" data-testid="run-insights">
        {insights.map((i) => (
          <li key={`${i.id}:${i.message}`} className="flex items-baseline gap-3 px-4 py-2 text-sm" data-insight={i.id}>
            <span
              className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-medium ${
                i.severity === "warning" ? "bg-amber-100 text-amber-800" : "bg-slate-100 text-slate-600"
              }`}
            >
              {i.severity}
            </span>
            <span className="text-slate-700">{i.message}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
