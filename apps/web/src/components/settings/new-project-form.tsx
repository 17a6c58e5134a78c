"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { Refusal } from "@/lib/api-refusal";
import { inputClass, LABEL, PRIMARY_BUTTON } from "../editor/fields/styles";
import { RefusalAlert } from "../refusal-alert";
import { createAndSwitchProject } from "./settings-api";

/** Makes a project with the caller as its admin, switches the console to it and opens its (empty) scenarios. */
export function NewProjectForm() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setBusy(true);
    const result = await createAndSwitchProject(name);
    if (!result.ok) {
      setBusy(false);
      setRefusal(result);
      return;
    }
    router.push("/scenarios");
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="New project" className="space-y-4 p-4">
      <label className={LABEL}>
        Project name
        <input name="name" required maxLength={100} autoFocus className={inputClass(false, "mt-1")} />
      </label>
      <p className="text-xs text-slate-500">
        You become its admin. Scenarios, data and runs of one project are not visible from another; add members and keys
        from its settings.
      </p>
      <RefusalAlert refusal={refusal} />
      <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
        {busy ? "Creating…" : "Create project"}
      </button>
    </form>
  );
}
