import type { TDebugStep } from "@stampede/contracts";
import { Icon } from "../editor/fields/icons";
import { DebugHttpDetails } from "./debug-http-details";

const STATUS_STYLE: Record<TDebugStep["status"], { mark: string; className: string }> = {
  passed: { mark: "✓", className: "bg-emerald-50 text-emerald-700" },
  failed: { mark: "✗", className: "bg-red-50 text-red-700" },
  error: { mark: "!", className: "bg-red-100 text-red-800" },
  skipped: { mark: "–", className: "bg-slate-100 text-slate-500" },
};

function detail(step: TDebugStep): string {
  switch (step.kind) {
    case "http":
    case "token":
      return step.response ? `HTTP ${step.response.status} · ${step.response.latencyMs.toFixed(1)} ms` : "";
    case "think":
      return `planned ${step.plannedMs} ms, waited ${step.waitedMs} ms`;
    case "rendezvous":
      return `one VU does not wait (${step.users} in a run)`;
    case "data":
      return step.assignments.map((a) => `${a.name} = ${a.value ?? a.error ?? "?"}`).join(", ");
  }
}

/** One step of the debugged iteration; APIs open to show their request, response, outputs and checks. */
export function DebugStepItem({ step }: { step: TDebugStep }) {
  const style = STATUS_STYLE[step.status];
  const http = step.kind === "http" || step.kind === "token";
  const head = (
    <span className="flex min-w-0 flex-wrap items-center gap-2">
      <span className={`w-6 rounded text-center text-xs font-bold ${style.className}`} aria-label={step.status}>
        {style.mark}
      </span>
      <span className="text-sm font-medium text-slate-900">{step.name}</span>
      {step.kind === "token" && (
        <span className="rounded bg-violet-50 px-1.5 text-xs text-violet-700">token provider</span>
      )}
      <span className="text-xs text-slate-500">{detail(step)}</span>
      {step.note && <span className="text-xs text-slate-600">— {step.note}</span>}
    </span>
  );
  return (
    <li data-testid="debug-step" data-status={step.status} className="px-4 py-2">
      {http ? (
        <details open={step.status !== "skipped"} className="group">
          {/* The marker is drawn here: the default one sits on a line of its own above a flex row. */}
          <summary className="flex cursor-pointer list-none items-center gap-1 rounded focus-visible:ring-2 focus-visible:ring-blue-400 focus-visible:outline-none [&::-webkit-details-marker]:hidden">
            <Icon
              name="chevron"
              className="h-4 w-4 shrink-0 text-slate-400 transition-transform group-open:rotate-90"
            />
            {head}
          </summary>
          <div className="mt-2 pl-8">
            <DebugHttpDetails step={step} />
          </div>
        </details>
      ) : (
        <div className="flex items-center gap-1">
          <span className="w-4 shrink-0" />
          {head}
        </div>
      )}
    </li>
  );
}
