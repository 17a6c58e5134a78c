"use client";

import type { FlowApis, TLoadConfig } from "@stampede/contracts";
import { useContext, useMemo } from "react";
import { Card } from "../card";
import { IssuesContext } from "../editor/model/issues";
import { ConcurrencyFields } from "./concurrency-fields";
import { describeFlowRates } from "./flow-rates";
import { describeLoadPlan } from "./describe-load";
import { DistributionFields } from "./distribution-fields";
import { loadIssues, mergeIssues } from "./load-issues";
import { LoadPlanWarnings } from "./load-plan-warnings";
import { LoadPreviewChart } from "./load-preview-chart";
import { RateFields } from "./rate-fields";
import { withMode } from "./ramp";

const MODES = [
  { value: "concurrency", label: "Concurrency (VUs)" },
  { value: "rate", label: "TPS (arrival rate)" },
] as const;

/**
 * The load a run gets by default: concurrency (VUs looping over their flow) or TPS (iterations started on a
 * schedule, dropped when no VU is free), with a preview of the plan over time. Problems found while typing
 * show under their fields next to the server's from the last save.
 */
export function LoadSettingsPanel({
  load,
  flows,
  onChange,
}: {
  load: TLoadConfig;
  /** The scenario's flows and their APIs, for per-flow rates and funnels (TPS mode). */
  flows?: readonly FlowApis[];
  onChange: (load: TLoadConfig) => void;
}) {
  const server = useContext(IssuesContext);
  const issues = useMemo(() => ({ ...server, issues: mergeIssues(server.issues, loadIssues(load)) }), [server, load]);
  return (
    <IssuesContext.Provider value={issues}>
      <Card title="Load settings">
        <div className="grid grid-cols-[minmax(0,24rem)_minmax(0,1fr)] gap-6 p-4" data-testid="load-settings">
          <div className="space-y-3">
            <fieldset className="flex gap-4">
              <legend className="sr-only">Load model</legend>
              {MODES.map((m) => (
                <label key={m.value} className="flex items-center gap-1.5 text-sm text-slate-700">
                  <input
                    type="radio"
                    name="load-mode"
                    checked={load.mode === m.value}
                    onChange={() => onChange(withMode(load, m.value))}
                  />
                  {m.label}
                </label>
              ))}
            </fieldset>
            {load.mode === "concurrency" ? (
              <ConcurrencyFields load={load} onChange={onChange} />
            ) : (
              <RateFields load={load} flows={flows} onChange={onChange} />
            )}
            <DistributionFields load={load} onChange={onChange} />
          </div>
          <div className="min-w-0">
            <p className="mb-1 text-xs font-medium text-slate-600" data-testid="load-summary">
              {describeLoadPlan(load)}
            </p>
            <LoadPreviewChart load={load} />
            <LoadPlanWarnings load={load} />
            {load.mode === "rate" && load.flowRates && (
              <ul className="mt-2 space-y-0.5 text-xs text-slate-600" data-testid="flow-rates-preview">
                {describeFlowRates(load, flows ?? []).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </Card>
    </IssuesContext.Provider>
  );
}
