"use client";

import { inputClass } from "../fields/styles";

type Match = number | "all";

const BASE: { value: string; label: string }[] = [
  { value: "0", label: "0 · first" },
  { value: "1", label: "1 · second" },
  { value: "2", label: "2 · third" },
  { value: "-1", label: "random" },
  { value: "all", label: "all (a,b,c)" },
];

/** Which match an output takes: the engine counts from 0, -1 picks one at random, "all" joins them. */
export function MatchSelect({ label, value, onChange }: { label: string; value: Match; onChange: (m: Match) => void }) {
  const current = String(value);
  const options = BASE.some((o) => o.value === current) ? BASE : [...BASE, { value: current, label: current }];
  return (
    <select
      aria-label={label}
      value={current}
      onChange={(e) => onChange(e.target.value === "all" ? "all" : Number(e.target.value))}
      className={inputClass(false)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
