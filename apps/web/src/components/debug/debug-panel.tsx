"use client";

import { Card } from "../card";
import { EmptyState } from "../table";
import { DebugStepItem } from "./debug-step-item";
import type { DebugState } from "./use-debug-run";

const OUTCOME_STYLE = {
  passed: "bg-emerald-50 text-emerald-700",
  failed: "bg-red-50 text-red-700",
  error: "bg-red-100 text-red-800",
  aborted: "bg-amber-50 text-amber-700",
} as const;

/**
 * The debugger's report: one iteration of the selected flow, sent for real with the unsaved spec, each API
 * with the request as sent, the response, its output parameters and checkpoints.
 */
export function DebugPanel({ state, flowName }: { state: DebugState; flowName: string }) {
  return (
    <div id="debug-panel" data-testid="debug-card" className="scroll-mt-28">
      <Card title="Debug">
        <div data-testid="debug-panel" aria-live="polite" aria-busy={state.phase === "running"}>
          {state.phase === "idle" && (
            <EmptyState>
              Press Debug to run one iteration of “{flowName}” with the settings on this page (saved or not). Its
              requests are really sent.
            </EmptyState>
          )}
          {state.phase === "running" && <EmptyState>Running one iteration of “{flowName}”…</EmptyState>}
          {state.phase === "failed" && (
            <div role="alert" className="px-4 py-3 text-sm text-red-700">
              <p className="font-medium">Debug could not run: {state.error}</p>
              {state.issues.length > 0 && <p className="text-xs">The fields concerned are marked above.</p>}
            </div>
          )}
          {state.phase === "done" && (
            <div>
              <div className="flex flex-wrap items-center gap-3 border-b border-slate-100 px-4 py-2 text-sm">
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-semibold ${OUTCOME_STYLE[state.result.outcome]}`}
                  data-testid="debug-outcome"
                >
                  {state.result.outcome}
                </span>
                <span className="text-slate-700">{state.result.flowName}</span>
                <span className="text-xs text-slate-500">{state.result.durationMs.toFixed(0)} ms</span>
                {state.result.error && <span className="text-xs text-red-700">{state.result.error}</span>}
                {Object.keys(state.result.data).length > 0 && (
                  <span className="text-xs text-slate-500">
                    data row:{" "}
                    {Object.entries(state.result.data)
                      .map(([k, v]) => `${k}=${v.length > 24 ? `${v.slice(0, 24)}…` : v}`)
                      .join(", ")}
                  </span>
                )}
              </div>
              <ol className="divide-y divide-slate-100">
                {state.result.steps.map((step, i) => (
                  <DebugStepItem key={`${step.name}-${i}`} step={step} />
                ))}
              </ol>
            </div>
          )}
        </div>
      </Card>
    </div>
  );
}
