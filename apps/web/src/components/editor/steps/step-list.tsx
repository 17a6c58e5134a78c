"use client";

import type { TStep } from "@stampede/contracts";
import { BUTTON } from "../fields/styles";
import { type DraftFlow, type DraftStep, newKey, newStep, uniqueStepName } from "../model/draft";
import { ParamScopeContext } from "../model/scope";
import { StepCard } from "./step-card";

const ADDERS: { type: TStep["type"]; label: string; name: string }[] = [
  { type: "http", label: "+ Add API", name: "API" },
  { type: "think", label: "+ Think time", name: "think" },
  { type: "rendezvous", label: "+ Rendezvous", name: "rendezvous" },
  { type: "data", label: "+ Data instruction", name: "set parameters" },
];

function move<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Names a step defines for the steps after it. */
function definedBy(step: TStep): string[] {
  if (step.type === "http") return step.outputs.map((o) => o.name);
  if (step.type === "data") return step.assignments.map((a) => a.name);
  return [];
}

/**
 * A flow's ordered operations. Each step sees the scenario-wide parameters plus what earlier steps define,
 * so a reference to a later step's output is flagged just like an unknown one.
 */
export function StepList({
  flow,
  flowIndex,
  onChange,
  baseScope,
  onMakeTokenProvider,
}: {
  flow: DraftFlow;
  flowIndex: number;
  onChange: (flow: DraftFlow) => void;
  baseScope: ReadonlySet<string>;
  onMakeTokenProvider: (stepIndex: number) => void;
}) {
  const setSteps = (steps: DraftStep[]) => onChange({ ...flow, steps });
  const add = (type: TStep["type"], base: string) =>
    setSteps([...flow.steps, { key: newKey(), step: newStep(type, uniqueStepName(flow, base)) }]);

  const scopes: ReadonlySet<string>[] = [];
  let known = new Set(baseScope);
  for (const { step } of flow.steps) {
    scopes.push(known);
    known = new Set([...known, ...definedBy(step)]);
  }

  return (
    <div>
      {flow.steps.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-8 text-center text-sm text-slate-500">
          This flow has no operations yet. Add an API below.
        </p>
      ) : (
        <ol className="space-y-2" aria-label={`Operations of ${flow.name}`}>
          {flow.steps.map(({ key, step }, i) => (
            <ParamScopeContext.Provider key={key} value={scopes[i]!}>
              <StepCard
                step={step}
                index={i}
                issuePath={`spec.flows.${flowIndex}.steps.${i}`}
                onChange={(next) => setSteps(flow.steps.map((s, j) => (j === i ? { key, step: next } : s)))}
                actions={{
                  onMoveUp: i > 0 ? () => setSteps(move(flow.steps, i, i - 1)) : undefined,
                  onMoveDown: i < flow.steps.length - 1 ? () => setSteps(move(flow.steps, i, i + 1)) : undefined,
                  onDuplicate: () => {
                    const copy = { ...structuredClone(step), name: uniqueStepName(flow, `${step.name} copy`) };
                    setSteps([
                      ...flow.steps.slice(0, i + 1),
                      { key: newKey(), step: copy },
                      ...flow.steps.slice(i + 1),
                    ]);
                  },
                  onDelete: () => setSteps(flow.steps.filter((_, j) => j !== i)),
                  onMakeTokenProvider: () => onMakeTokenProvider(i),
                }}
              />
            </ParamScopeContext.Provider>
          ))}
        </ol>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {ADDERS.map((a) => (
          <button key={a.type} type="button" onClick={() => add(a.type, a.name)} className={BUTTON}>
            {a.label}
          </button>
        ))}
      </div>
    </div>
  );
}
