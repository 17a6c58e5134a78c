"use client";

import { CHECK_OPERATORS, CHECK_SOURCES, type TCheck } from "@stampede/contracts";
import { RowsEditor } from "../fields/rows-editor";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";

type Source = (typeof CHECK_SOURCES)[number];
type Operator = (typeof CHECK_OPERATORS)[number];

const SOURCE_LABELS: Record<Source, string> = {
  status: "Status code",
  header: "Header",
  "body-json": "Body: JSON",
  "body-text": "Body: TEXT",
  output: "Output parameter",
};

export const OPERATOR_LABELS: Record<Operator, string> = {
  eq: "equals",
  ne: "not equal",
  lt: "less than",
  lte: "at most",
  gt: "greater than",
  gte: "at least",
  contains: "contains",
  not_contains: "does not contain",
  exists: "exists",
  not_exists: "does not exist",
  matches: "matches regex",
};

const EXPRESSION_HINT: Record<Source, string> = {
  status: "(not used)",
  header: "header name",
  "body-json": "$.errcode",
  "body-text": "(whole body)",
  output: "output parameter name",
};

/** PTS "Checkpoints": a request is a business success only if every row holds. */
export function ChecksEditor({
  checks,
  onChange,
  issuePath,
}: {
  checks: TCheck[];
  onChange: (checks: TCheck[]) => void;
  issuePath: string;
}) {
  return (
    <RowsEditor
      rows={checks}
      onChange={onChange}
      newRow={(): TCheck => ({ source: "status", expression: "", operator: "eq", value: "200" })}
      itemLabel="checkpoint"
      emptyText="No checkpoints: any response counts as a success unless the request itself fails."
      testId="checks"
      columns={[
        { header: "Source", track: "9.5rem" },
        { header: "Expression", track: "minmax(0,1fr)" },
        { header: "Operator", track: "10rem" },
        { header: "Value", track: "minmax(0,1fr)" },
      ]}
      renderRow={(row, i, update) => {
        const needsValue = row.operator !== "exists" && row.operator !== "not_exists";
        return (
          <>
            <SelectField
              label={`Checkpoint ${i + 1} source`}
              hideLabel
              value={row.source}
              options={CHECK_SOURCES.map((s) => ({ value: s, label: SOURCE_LABELS[s] }))}
              issuePath={`${issuePath}.${i}.source`}
              onChange={(source) => update({ source })}
            />
            <TextField
              label={`Checkpoint ${i + 1} expression`}
              hideLabel
              mono
              value={row.expression}
              placeholder={EXPRESSION_HINT[row.source]}
              issuePath={`${issuePath}.${i}.expression`}
              onChange={(expression) => update({ expression })}
            />
            <SelectField
              label={`Checkpoint ${i + 1} operator`}
              hideLabel
              value={row.operator}
              options={CHECK_OPERATORS.map((o) => ({ value: o, label: OPERATOR_LABELS[o] }))}
              issuePath={`${issuePath}.${i}.operator`}
              onChange={(operator) => update({ operator })}
            />
            <TextField
              label={`Checkpoint ${i + 1} value`}
              hideLabel
              mono
              template
              value={needsValue ? row.value : ""}
              placeholder={needsValue ? "200" : "(not used)"}
              issuePath={`${issuePath}.${i}.value`}
              onChange={(value) => update({ value })}
            />
          </>
        );
      }}
    />
  );
}
