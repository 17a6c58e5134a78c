"use client";

import { useId } from "react";
import { fieldId, useFieldIssues } from "../model/issues";
import { FieldHints } from "./field-hints";
import { inputClass, LABEL } from "./styles";

/** A labelled select over fixed options. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  issuePath,
  hideLabel = false,
  className = "",
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  issuePath?: string;
  hideLabel?: boolean;
  className?: string;
}) {
  const autoId = useId();
  const id = issuePath ? fieldId(issuePath) : autoId;
  const issues = useFieldIssues(issuePath);
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : `${LABEL} mb-1`}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        className={inputClass(issues.length > 0, "pr-7")}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldHints id={`${id}-hints`} issues={issues} />
    </div>
  );
}
