"use client";

import type { TDataSourceBinding } from "@stampede/contracts";
import { SelectField } from "../editor/fields/select-field";
import { TextField } from "../editor/fields/text-field";
import { CopyReferenceButton } from "../editor/params/copy-reference-button";

const POLICIES = [
  { value: "sequential", label: "Sequential (file order, shared)" },
  { value: "random", label: "Random row" },
  { value: "unique", label: "Unique (each row once)" },
] as const;
const ON_END = [
  { value: "recycle", label: "Start over" },
  { value: "stop", label: "Stop the VU" },
] as const;
const ADVANCE = [
  { value: "iteration", label: "Each iteration" },
  { value: "vu", label: "Once per VU" },
] as const;

/** How a bound file feeds parameters: the column → parameter mapping and the row policy. */
export function BindingSettings({
  binding,
  onChange,
  issuePath: p,
}: {
  binding: TDataSourceBinding;
  onChange: (binding: TDataSourceBinding) => void;
  issuePath: string;
}) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-6">
      <div>
        <p className="mb-1 text-xs font-medium text-slate-600">Column → parameter</p>
        <ul className="space-y-1.5" data-testid="column-mapping">
          {binding.columns.map((c, i) => (
            <li key={`${c.column}-${i}`} className="grid grid-cols-[7rem_minmax(0,1fr)_2rem] items-start gap-2">
              <span className="truncate pt-1.5 font-mono text-xs text-slate-600" title={c.column}>
                {/^\d+$/.test(c.column) ? `column ${c.column}` : c.column}
              </span>
              <TextField
                label={`Parameter for column ${c.column}`}
                hideLabel
                mono
                value={c.param}
                issuePath={`${p}.columns.${i}.param`}
                onChange={(param) =>
                  onChange({ ...binding, columns: binding.columns.map((x, j) => (j === i ? { ...x, param } : x)) })
                }
              />
              <div className="pt-1">{c.param && <CopyReferenceButton text={`\${${c.param}}`} />}</div>
            </li>
          ))}
        </ul>
        {binding.columns.length === 0 && (
          <p className="text-xs text-slate-500">Every column under its header name (or col1, col2, ...).</p>
        )}
      </div>
      <div className="space-y-3">
        <SelectField
          label="Row policy"
          value={binding.policy}
          options={POLICIES}
          issuePath={`${p}.policy`}
          onChange={(policy) => onChange({ ...binding, policy })}
        />
        <SelectField
          label="At the end of the file"
          value={binding.onEnd}
          options={ON_END}
          issuePath={`${p}.onEnd`}
          onChange={(onEnd) => onChange({ ...binding, onEnd })}
        />
        <SelectField
          label="A VU takes a new row"
          value={binding.advance}
          options={ADVANCE}
          issuePath={`${p}.advance`}
          onChange={(advance) => onChange({ ...binding, advance })}
        />
      </div>
    </div>
  );
}
