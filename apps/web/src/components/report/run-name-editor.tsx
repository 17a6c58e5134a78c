"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callApi } from "@/lib/call-api";
import { BUTTON, inputClass, LABEL, PRIMARY_BUTTON } from "../editor/fields/styles";

/** The run's name and notes; editable with edit permission (PATCH /api/v1/runs/:id). */
export function RunNameEditor({
  runId,
  name,
  notes,
  canEdit,
}: {
  runId: string;
  name: string | null;
  notes: string;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [draftName, setDraftName] = useState(name ?? "");
  const [draftNotes, setDraftNotes] = useState(notes);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await callApi(`/api/v1/runs/${encodeURIComponent(runId)}`, {
      method: "PATCH",
      body: { name: draftName, notes: draftNotes },
    });
    if (!result.ok) return setError([result.error, ...result.issues].join(" — "));
    setEditing(false);
    setError(null);
    router.refresh();
  }

  if (!editing) {
    return (
      <div className="flex items-start justify-between gap-3 px-4 py-3 text-sm">
        <div className="min-w-0">
          <p className="font-medium text-slate-900" data-testid="run-name">
            {name ?? <span className="text-slate-400">No name</span>}
          </p>
          {notes && (
            <p className="mt-1 whitespace-pre-wrap text-slate-600" data-testid="run-notes">
              {notes}
            </p>
          )}
        </div>
        {canEdit && (
          <button type="button" className={BUTTON} onClick={() => setEditing(true)}>
            Rename / notes
          </button>
        )}
      </div>
    );
  }
  return (
    <form onSubmit={save} className="space-y-2 px-4 py-3">
      <label className={LABEL} htmlFor="run-name-input">
        Name
      </label>
      <input
        id="run-name-input"
        className={inputClass(false)}
        value={draftName}
        maxLength={200}
        onChange={(e) => setDraftName(e.target.value)}
        placeholder="e.g. v2.3 release check"
      />
      <label className={LABEL} htmlFor="run-notes-input">
        Notes
      </label>
      <textarea
        id="run-notes-input"
        className={inputClass(false)}
        rows={3}
        value={draftNotes}
        maxLength={10_000}
        onChange={(e) => setDraftNotes(e.target.value)}
      />
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="submit" className={PRIMARY_BUTTON}>
          Save
        </button>
        <button type="button" className={BUTTON} onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
