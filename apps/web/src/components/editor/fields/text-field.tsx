"use client";

import { useId } from "react";
import { fieldId, useFieldIssues } from "../model/issues";
import { FieldHints } from "./field-hints";
import { inputClass, LABEL } from "./styles";

/** A labelled text input or textarea with its server issues and, for templates, unknown-reference hints. */
export function TextField({
  label,
  value,
  onChange,
  issuePath,
  template = false,
  multiline = false,
  mono = false,
  hideLabel = false,
  placeholder,
  className = "",
  testId,
  rows = 4,
  concealed = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The field's path in the REST body (`spec.flows.0.steps.1.url`), to show the server's issues here. */
  issuePath?: string;
  template?: boolean;
  multiline?: boolean;
  mono?: boolean;
  /** The label stays for screen readers; the row layout shows the column header instead. */
  hideLabel?: boolean;
  placeholder?: string;
  className?: string;
  testId?: string;
  rows?: number;
  /** Typed like a password: a secret's value is not left on screen. */
  concealed?: boolean;
}) {
  const autoId = useId();
  const id = issuePath ? fieldId(issuePath) : autoId;
  const issues = useFieldIssues(issuePath);
  const hintId = `${id}-hints`;
  const common = {
    id,
    value,
    placeholder,
    "data-testid": testId,
    "aria-invalid": issues.length > 0 || undefined,
    "aria-describedby": hintId,
    className: inputClass(issues.length > 0, mono ? "font-mono text-[13px]" : ""),
  };
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : `${LABEL} mb-1`}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} spellCheck={false} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={concealed ? "password" : "text"}
          autoComplete={concealed ? "new-password" : undefined}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <FieldHints id={hintId} issues={issues} template={template ? value : undefined} />
    </div>
  );
}
