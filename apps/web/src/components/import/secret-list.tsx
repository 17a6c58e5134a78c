"use client";

import type { TSecretFinding } from "@stampede/contracts";
import { secretKey } from "@/lib/import-keys";
import { Card } from "../card";
import { type ImportSelection, toggled } from "./import-view";

/** Credentials sent as they are: ticked ones become secret global parameters (sealed at rest, shown as ••••). */
export function SecretList({
  secrets,
  selection,
  onChange,
}: {
  secrets: TSecretFinding[];
  selection: ImportSelection;
  onChange: (next: ImportSelection) => void;
}) {
  return (
    <Card title={`Secrets found (${secrets.length})`}>
      {secrets.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500">No credential sent as-is was found.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {secrets.map((s) => {
            const key = secretKey(s);
            return (
              <li key={key} className="flex items-center gap-3 px-4 py-2">
                <input
                  type="checkbox"
                  aria-label={`Keep ${s.field} of request ${s.requestIndex + 1} as secret \${${s.param}}`}
                  checked={selection.secrets.has(key)}
                  onChange={(e) =>
                    onChange({ ...selection, secrets: toggled(selection.secrets, key, e.target.checked) })
                  }
                  className="h-4 w-4 rounded border-slate-300 text-blue-600"
                />
                <span className="font-mono text-xs">${`{${s.param}}`}</span>
                <span className="text-slate-600">
                  {s.field} of #{s.requestIndex + 1}
                </span>
                <span className="font-mono text-xs text-slate-500">{s.shown}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
