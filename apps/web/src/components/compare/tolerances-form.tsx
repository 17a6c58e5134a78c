"use client";

import type { TCompareTolerances } from "@stampede/contracts";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callApi } from "@/lib/call-api";
import { BUTTON, inputClass, LABEL } from "../editor/fields/styles";

const FIELDS = [
  { key: "p95Pct", label: "p95 up by more than (%)" },
  { key: "p99Pct", label: "p99 up by more than (%)" },
  { key: "errorRatePoints", label: "Error rate up by more than (points)" },
  { key: "tpsPct", label: "TPS down by more than (%)" },
] as const;

/** The tolerances in force; project admins may change them (PUT /api/v1/projects/:id/compare-tolerances). */
export function TolerancesForm({
  projectId,
  tolerances,
  canEdit,
}: {
  projectId: string;
  tolerances: TCompareTolerances;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<Record<string, string>>(
    Object.fromEntries(FIELDS.map((f) => [f.key, String(tolerances[f.key])])),
  );
  const [error, setError] = useState<string | null>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    const body = Object.fromEntries(FIELDS.map((f) => [f.key, Number(draft[f.key])]));
    const result = await callApi(`/api/v1/projects/${encodeURIComponent(projectId)}/compare-tolerances`, {
      method: "PUT",
      body,
    });
    if (!result.ok) return setError([result.error, ...result.issues].join(" — "));
    setError(null);
    router.refresh();
  }
  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-3 px-4 py-3" aria-label="Regression tolerances">
      {FIELDS.map((f) => (
        <div key={f.key} className="w-44">
          <label className={LABEL} htmlFor={`tolerance-${f.key}`}>
            {f.label}
          </label>
          <input
            id={`tolerance-${f.key}`}
            type="number"
            step="any"
            min={0}
            disabled={!canEdit}
            className={inputClass(false)}
            value={draft[f.key]}
            onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
          />
        </div>
      ))}
      {canEdit && (
        <button type="submit" className={BUTTON}>
          Save tolerances
        </button>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
