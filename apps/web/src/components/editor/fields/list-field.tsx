"use client";

import { useState } from "react";
import { TextField } from "./text-field";

function parseList(text: string): string[] {
  return text
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * A comma-separated list in one input ("40001, 42001"). The text is kept as typed, so a trailing comma does
 * not vanish mid-typing; when the list changes from outside (a row removed above), the list wins.
 */
export function ListField({
  label,
  values,
  onChange,
  issuePath,
  placeholder,
  className,
  hideLabel,
}: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  issuePath?: string;
  placeholder?: string;
  className?: string;
  hideLabel?: boolean;
}) {
  const [text, setText] = useState(values.join(", "));
  const shown = parseList(text).join(",") === values.join(",") ? text : values.join(", ");
  return (
    <TextField
      label={label}
      hideLabel={hideLabel}
      className={className}
      mono
      value={shown}
      placeholder={placeholder}
      issuePath={issuePath}
      onChange={(next) => {
        setText(next);
        onChange(parseList(next));
      }}
    />
  );
}
