"use client";

import type { TTokenProvider } from "@stampede/contracts";
import { ListField } from "../fields/list-field";
import { RowsEditor } from "../fields/rows-editor";
import { TextField } from "../fields/text-field";

type Rejection = TTokenProvider["rejectedWhen"];

/**
 * When a business API's answer means "this token was refused": HTTP statuses, and/or JSON body values —
 * WeChat answers HTTP 200 with `errcode` 40001 or 42001, so statuses alone would miss it.
 */
export function TokenRejectionEditor({
  value,
  onChange,
  issuePath: p,
}: {
  value: Rejection;
  onChange: (value: Rejection) => void;
  issuePath: string;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">Rejected when</legend>
      <ListField
        label="HTTP statuses (comma-separated)"
        className="max-w-xs"
        values={value.statuses.map(String)}
        placeholder="401"
        issuePath={`${p}.statuses`}
        onChange={(vs) => onChange({ ...value, statuses: vs.map(Number) })}
      />
      <div>
        <p className="mb-1 text-xs font-medium text-slate-600">or a JSON body field has one of these values</p>
        <RowsEditor
          rows={value.bodyJson}
          onChange={(bodyJson) => onChange({ ...value, bodyJson })}
          newRow={() => ({ expression: "errcode", values: ["40001", "42001"] })}
          itemLabel="body rule"
          emptyText="No body rules."
          testId="rejection-body-rules"
          columns={[
            { header: "JSONPath", track: "minmax(0,1fr)" },
            { header: "Values (comma-separated)", track: "minmax(0,1.5fr)" },
          ]}
          renderRow={(row, i, update) => (
            <>
              <TextField
                label={`Body rule ${i + 1} JSONPath`}
                hideLabel
                mono
                value={row.expression}
                issuePath={`${p}.bodyJson.${i}.expression`}
                onChange={(expression) => update({ expression })}
              />
              <ListField
                label={`Body rule ${i + 1} values`}
                hideLabel
                values={row.values}
                issuePath={`${p}.bodyJson.${i}.values`}
                onChange={(values) => update({ values })}
              />
            </>
          )}
        />
      </div>
    </fieldset>
  );
}
