"use client";

import type { TKeyValue } from "@stampede/contracts";
import { RowsEditor } from "./rows-editor";
import { KeyValueValueField, SECRET_COLUMN, SecretToggle } from "./secret-fields";
import { TextField } from "./text-field";

/**
 * Name/value rows (headers, query, form fields, globals, assignments); values may hold `${refs}`. Each row
 * can be marked secret.
 */
export function KeyValueRows({
  rows,
  onChange,
  issuePath,
  itemLabel,
  namePlaceholder = "name",
  valuePlaceholder = "value",
  emptyText,
  testId,
}: {
  rows: TKeyValue[];
  onChange: (rows: TKeyValue[]) => void;
  issuePath: string;
  /** Singular, lower case: "header", "form field". */
  itemLabel: string;
  namePlaceholder?: string;
  valuePlaceholder?: string;
  emptyText?: string;
  testId?: string;
}) {
  const title = itemLabel.charAt(0).toUpperCase() + itemLabel.slice(1);
  return (
    <RowsEditor
      rows={rows}
      onChange={onChange}
      newRow={() => ({ name: "", value: "" })}
      columns={[{ header: "Name", track: "minmax(0,1fr)" }, { header: "Value", track: "minmax(0,2fr)" }, SECRET_COLUMN]}
      itemLabel={itemLabel}
      emptyText={emptyText ?? `No ${itemLabel}s.`}
      testId={testId}
      renderRow={(row, i, update) => (
        <>
          <TextField
            label={`${title} ${i + 1} name`}
            hideLabel
            mono
            value={row.name}
            placeholder={namePlaceholder}
            issuePath={`${issuePath}.${i}.name`}
            onChange={(name) => update({ name })}
          />
          <KeyValueValueField
            row={row}
            label={`${title} ${i + 1} value`}
            template
            placeholder={valuePlaceholder}
            issuePath={`${issuePath}.${i}.value`}
            update={update}
          />
          <SecretToggle row={row} label={`${title} ${i + 1}`} update={update} />
        </>
      )}
    />
  );
}
