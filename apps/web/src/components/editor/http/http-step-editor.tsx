"use client";

import type { THttpStep } from "@stampede/contracts";
import { BUTTON } from "../fields/styles";
import { ParamScopeContext, useParamScope } from "../model/scope";
import { ChecksEditor } from "./checks-editor";
import { OutputsEditor } from "./outputs-editor";
import { RequestEditor } from "./request-editor";

/** A flow's API operation: the request, its output parameters and checkpoints. */
export function HttpStepEditor({
  step,
  onChange,
  issuePath,
  onMakeTokenProvider,
}: {
  step: THttpStep;
  onChange: (step: THttpStep) => void;
  issuePath: string;
  onMakeTokenProvider: () => void;
}) {
  const n = (k: number) => (k > 0 ? `(${k})` : undefined);
  const scope = useParamScope();
  return (
    <div className="space-y-3">
      <RequestEditor
        value={step}
        onChange={onChange}
        issuePath={issuePath}
        extraTabs={[
          {
            id: "outputs",
            label: "Output Parameter Definition",
            note: n(step.outputs.length),
            issuePrefixes: [`${issuePath}.outputs`],
            content: (
              <OutputsEditor
                outputs={step.outputs}
                onChange={(outputs) => onChange({ ...step, outputs })}
                issuePath={`${issuePath}.outputs`}
              />
            ),
          },
          {
            id: "checks",
            label: "Checkpoints",
            note: n(step.checks.length),
            issuePrefixes: [`${issuePath}.checks`],
            content: (
              // Outputs are extracted before checkpoints run, so a checkpoint may compare against them.
              <ParamScopeContext.Provider value={scope && new Set([...scope, ...step.outputs.map((o) => o.name)])}>
                <ChecksEditor
                  checks={step.checks}
                  onChange={(checks) => onChange({ ...step, checks })}
                  issuePath={`${issuePath}.checks`}
                />
              </ParamScopeContext.Provider>
            ),
          },
        ]}
      />
      <div className="flex justify-end border-t border-slate-100 pt-3">
        <button
          type="button"
          onClick={onMakeTokenProvider}
          className={`${BUTTON} text-xs`}
          title="Move this API out of the flow: one token shared by all VUs, refreshed before it expires"
        >
          Make this API the token provider
        </button>
      </div>
    </div>
  );
}
