"use client";

import Link from "next/link";
import { Card } from "../card";
import { NumberField } from "./fields/number-field";
import { BUTTON } from "./fields/styles";
import { TextField } from "./fields/text-field";
import { type DraftFlow, newFlow } from "./model/draft";
import { useIssueCount } from "./model/issues";
import { StepList } from "./steps/step-list";

/**
 * PTS "business sessions": one tab per flow (its weight shown when it is not 1), the selected flow's
 * name, weight and ordered operations.
 */
export function FlowsPanel({
  flows,
  active,
  onSelect,
  onChange,
  baseScope,
  onMakeTokenProvider,
  appendToScenario,
}: {
  flows: DraftFlow[];
  active: number;
  onSelect: (index: number) => void;
  onChange: (flows: DraftFlow[]) => void;
  baseScope: ReadonlySet<string>;
  onMakeTokenProvider: (flowIndex: number, stepIndex: number) => void;
  /** The saved scenario whose flows may take imported requests; absent while there are unsaved changes. */
  appendToScenario?: string;
}) {
  const flow = flows[active] ?? flows[0];
  const index = flow ? flows.indexOf(flow) : 0;
  const setFlow = (next: DraftFlow) => onChange(flows.map((f, i) => (i === index ? next : f)));

  function addFlow() {
    onChange([...flows, newFlow(`Flow ${flows.length + 1}`)]);
    onSelect(flows.length);
  }
  function removeFlow() {
    onChange(flows.filter((_, i) => i !== index));
    onSelect(Math.max(0, index - 1));
  }

  return (
    <Card title="Flows">
      <div className="flex flex-wrap items-center gap-1 border-b border-slate-100 px-4 pt-2">
        <div role="tablist" aria-label="Flows" className="flex flex-wrap gap-1">
          {flows.map((f, i) => (
            <FlowTab key={f.key} flow={f} index={i} selected={i === index} onSelect={() => onSelect(i)} />
          ))}
        </div>
        <button
          type="button"
          onClick={addFlow}
          className="mb-1 ml-1 rounded px-2 py-1 text-sm text-blue-700 hover:bg-blue-50"
        >
          + Add flow
        </button>
      </div>
      {flow ? (
        <div className="space-y-4 p-4" role="tabpanel" aria-label={flow.name}>
          <div className="flex flex-wrap items-end gap-3">
            <TextField
              label="Flow name"
              className="w-72"
              value={flow.name}
              issuePath={`spec.flows.${index}.name`}
              onChange={(name) => setFlow({ ...flow, name })}
            />
            <NumberField
              label="Weight"
              className="w-28"
              min={1}
              value={flow.weight}
              issuePath={`spec.flows.${index}.weight`}
              onChange={(weight) => setFlow({ ...flow, weight: weight as number })}
            />
            <p className="pb-2 text-xs text-slate-500">
              {flows.length > 1
                ? "VUs are shared among flows in proportion to their weights."
                : "With one flow every VU runs it."}
            </p>
            {appendToScenario && (
              <Link
                href={`/scenarios/import?scenario=${encodeURIComponent(appendToScenario)}&flow=${encodeURIComponent(flow.name)}`}
                className={`${BUTTON} ml-auto`}
              >
                Append requests
              </Link>
            )}
            {flows.length > 1 && (
              <button
                type="button"
                onClick={removeFlow}
                className={`${BUTTON} ${appendToScenario ? "" : "ml-auto"} text-red-700`}
              >
                Delete flow
              </button>
            )}
          </div>
          <StepList
            flow={flow}
            flowIndex={index}
            onChange={setFlow}
            baseScope={baseScope}
            onMakeTokenProvider={(s) => onMakeTokenProvider(index, s)}
          />
        </div>
      ) : (
        <p className="px-4 py-8 text-center text-sm text-slate-500">No flows. Add one to start.</p>
      )}
    </Card>
  );
}

function FlowTab({
  flow,
  index,
  selected,
  onSelect,
}: {
  flow: DraftFlow;
  index: number;
  selected: boolean;
  onSelect: () => void;
}) {
  const problems = useIssueCount(`spec.flows.${index}`);
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      onClick={onSelect}
      className={`-mb-px border-b-2 px-3 py-1.5 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 ${
        selected
          ? "border-blue-600 font-medium text-blue-700"
          : "border-transparent text-slate-600 hover:text-slate-900"
      }`}
    >
      {flow.name || `Flow ${index + 1}`}
      {flow.weight > 1 && (
        <span className="ml-1.5 rounded bg-slate-100 px-1 text-xs text-slate-600">×{flow.weight}</span>
      )}
      {problems > 0 && (
        <span className="ml-1.5 rounded-full bg-red-100 px-1.5 text-xs font-semibold text-red-700">{problems}</span>
      )}
    </button>
  );
}
