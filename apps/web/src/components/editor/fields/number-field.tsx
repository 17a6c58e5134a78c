"use client";

import { useId } from "react";
import { fieldId, useFieldIssues } from "../model/issues";
import { FieldHints } from "./field-hints";
import { inputClass, LABEL } from "./styles";

/** A labelled number input; an emptied field reports `undefined`, so the server names what is missing. */
export function NumberField({
  label,
  value,
  onChange,
  issuePath,
  min,
  max,
  step = 1,
  hideLabel = false,
  className = "",
  suffix,
  placeholder,
}: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  issuePath?: string;
  min?: number;
  max?: number;
  step?: number;
  hideLabel?: boolean;
  className?: string;
  suffix?: string;
  placeholder?: string;
}) {
  const autoId = useId();
  const id = issuePath ? fieldId(issuePath) : autoId;
  const issues = useFieldIssues(issuePath);
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : `${LABEL} mb-1`}>
        {label}
      </label>
      <div className="flex items-center gap-1.5">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          placeholder={placeholder}
          value={value === undefined || Number.isNaN(value) ? "" : value}
          aria-invalid={issues.length > 0 || undefined}
          aria-describedby={`${id}-hints`}
          onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))}
          className={inputClass(issues.length > 0, "tabular-nums")}
        />
        {suffix && <span className="shrink-0 text-xs text-slate-500">{suffix}</span>}
      </div>
      <FieldHints id={`${id}-hints`} issues={issues} />
    </div>
  );
}
