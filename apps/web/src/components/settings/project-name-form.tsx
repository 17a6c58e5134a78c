"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { Refusal } from "@/lib/api-refusal";
import { Card } from "../card";
import { inputClass, LABEL, PRIMARY_BUTTON } from "../editor/fields/styles";
import { RefusalAlert } from "../refusal-alert";
import { renameProject } from "./settings-api";

/** The project's name; admins rename it here (the switcher and every page show the new name after). */
export function ProjectNameForm({ projectId, name, canEdit }: { projectId: string; name: string; canEdit: boolean }) {
  const router = useRouter();
  const [value, setValue] = useState(name);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    const result = await renameProject(projectId, value);
    setBusy(false);
    setRefusal(result.ok ? null : result);
    if (result.ok) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <Card title="Project">
      <form onSubmit={(e) => void submit(e)} className="flex items-end gap-3 p-4">
        <label className={`${LABEL} flex-1`}>
          Name
          <input
            value={value}
            onChange={(e) => setValue(e.target.value)}
            disabled={!canEdit}
            maxLength={100}
            required
            className={inputClass(false, "mt-1")}
          />
        </label>
        {canEdit && (
          <button type="submit" disabled={busy || value.trim() === name} className={PRIMARY_BUTTON}>
            {busy ? "Saving…" : "Rename"}
          </button>
        )}
      </form>
      {saved && (
        <p role="status" className="px-4 pb-3 text-xs text-emerald-700">
          Renamed.
        </p>
      )}
      <RefusalAlert refusal={refusal} className="mx-4 mb-4" />
    </Card>
  );
}
