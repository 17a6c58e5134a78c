"use client";

import type { TDataStep } from "@stampede/contracts";
import { KeyValueRows } from "../fields/key-value-rows";
import { TextField } from "../fields/text-field";

/** Data instruction: sets parameters from templates, e.g. a signature computed with `${__md5(...)}`. */
export function DataStepEditor({
  step,
  onChange,
  issuePath: p,
}: {
  step: TDataStep;
  onChange: (step: TDataStep) => void;
  issuePath: string;
}) {
  return (
    <div className="space-y-3">
      <TextField
        label="Name"
        className="max-w-sm"
        value={step.name}
        issuePath={`${p}.name`}
        onChange={(name) => onChange({ ...step, name })}
      />
      <div>
        <p className="mb-1 text-xs font-medium text-slate-600">Parameters set by this instruction</p>
        <KeyValueRows
          rows={step.assignments}
          onChange={(assignments) => onChange({ ...step, assignments })}
          issuePath={`${p}.assignments`}
          itemLabel="assignment"
          namePlaceholder="sign"
          valuePlaceholder="${__md5(${appid}${__timestamp()})}"
        />
      </div>
    </div>
  );
}
