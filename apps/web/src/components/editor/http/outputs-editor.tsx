"use client";

import { OUTPUT_SOURCES, type TOutputParam } from "@stampede/contracts";
import { RowsEditor } from "../fields/rows-editor";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { MatchSelect } from "./match-select";

type Source = (typeof OUTPUT_SOURCES)[number];

export const OUTPUT_SOURCE_LABELS: Record<Source, string> = {
  "body-json": "Body: JSON",
  "body-text": "Body: TEXT",
  header: "Header",
  cookie: "Cookie",
  status: "Status code",
};

const PLACEHOLDERS: Record<Source, string> = {
  "body-json": "access_token or $.data.id",
  "body-text": "regex, e.g. token=(\\w+)",
  header: "header name",
  cookie: "cookie name",
  status: "(not used)",
};

/** PTS "Output Parameter Definition": values taken from the response that later APIs use as `${name}`. */
export function OutputsEditor({
  outputs,
  onChange,
  issuePath,
}: {
  outputs: TOutputParam[];
  onChange: (outputs: TOutputParam[]) => void;
  issuePath: string;
}) {
  return (
    <RowsEditor
      rows={outputs}
      onChange={onChange}
      newRow={(): TOutputParam => ({ name: "", source: "body-json", expression: "", match: 0 })}
      itemLabel="output parameter"
      emptyText="No output parameters. Add one to pass a value from this response to later APIs."
      testId="outputs"
      columns={[
        { header: "Output parameter name", track: "minmax(0,1.1fr)" },
        { header: "Source", track: "8.5rem" },
        { header: "Parsing expression", track: "minmax(0,1.5fr)" },
        { header: "Match number", track: "7.5rem" },
        { header: "Default (optional)", track: "minmax(0,0.8fr)" },
      ]}
      renderRow={(row, i, update) => (
        <>
          <TextField
            label={`Output ${i + 1} name`}
            hideLabel
            mono
            value={row.name}
            placeholder="access_token"
            issuePath={`${issuePath}.${i}.name`}
            onChange={(name) => update({ name })}
          />
          <SelectField
            label={`Output ${i + 1} source`}
            hideLabel
            value={row.source}
            options={OUTPUT_SOURCES.map((s) => ({ value: s, label: OUTPUT_SOURCE_LABELS[s] }))}
            issuePath={`${issuePath}.${i}.source`}
            onChange={(source) => update({ source })}
          />
          <TextField
            label={`Output ${i + 1} parsing expression`}
            hideLabel
            mono
            value={row.expression}
            placeholder={PLACEHOLDERS[row.source]}
            issuePath={`${issuePath}.${i}.expression`}
            onChange={(expression) => update({ expression })}
          />
          <MatchSelect
            label={`Output ${i + 1} match number`}
            value={row.match}
            onChange={(match) => update({ match })}
          />
          <TextField
            label={`Output ${i + 1} default value`}
            hideLabel
            mono
            value={row.defaultValue ?? ""}
            placeholder="none: fail"
            issuePath={`${issuePath}.${i}.defaultValue`}
            onChange={(v) => update({ defaultValue: v === "" ? undefined : v })}
          />
        </>
      )}
    />
  );
}
