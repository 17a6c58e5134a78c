"use client";

import type { ParamSource } from "../model/references";
import { CopyReferenceButton } from "./copy-reference-button";

/** A read-only list of parameters, each with where it comes from and a copy-reference button. */
export function ParamTable({ params, empty, testId }: { params: ParamSource[]; empty: string; testId: string }) {
  if (params.length === 0) return <p className="py-1 text-sm text-slate-400">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid={testId}>
      {params.map((p, i) => (
        <li key={`${p.name}-${i}`} className="flex items-center gap-3 py-1.5">
          <code className="min-w-0 flex-1 truncate text-sm text-slate-800">{`\${${p.name}}`}</code>
          <span className="max-w-[50%] truncate text-xs text-slate-500" title={p.origin}>
            {p.origin}
          </span>
          <CopyReferenceButton text={`\${${p.name}}`} />
        </li>
      ))}
    </ul>
  );
}
