"use client";

import type { ProjectRoleName } from "@stampede/contracts";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { Refusal } from "@/lib/api-refusal";
import { BUTTON, inputClass, LABEL } from "../editor/fields/styles";
import { RefusalAlert } from "../refusal-alert";
import { ROLE_HINTS, ROLE_LABELS, ROLE_OPTIONS } from "./role-labels";
import { addMember } from "./settings-api";

/**
 * Adds someone by e-mail. The console sends no e-mail, so a person without an account gets one here: the admin
 * gives a first password and hands it over.
 */
export function AddMemberForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [role, setRole] = useState<ProjectRoleName>("EDITOR");
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    const name = String(form.get("name") ?? "").trim();
    setBusy(true);
    const result = await addMember(projectId, {
      email,
      role,
      password: password || undefined,
      name: name || undefined,
    });
    setBusy(false);
    setRefusal(result.ok ? null : result);
    setAdded(result.ok ? email : null);
    if (result.ok) {
      formElement.reset();
      router.refresh();
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Add member" className="space-y-3 border-t border-slate-100 p-4">
      <h3 className="text-sm font-semibold text-slate-900">Add member</h3>
      <div className="grid grid-cols-4 gap-3">
        <label className={LABEL}>
          E-mail
          <input name="email" type="email" required maxLength={254} className={inputClass(false, "mt-1")} />
        </label>
        <label className={LABEL}>
          Role
          <select
            value={role}
            onChange={(e) => setRole(e.target.value as ProjectRoleName)}
            className={inputClass(false, "mt-1")}
          >
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          First password (new account)
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            maxLength={200}
            className={inputClass(false, "mt-1")}
          />
        </label>
        <label className={LABEL}>
          Name (new account, optional)
          <input name="name" maxLength={100} className={inputClass(false, "mt-1")} />
        </label>
      </div>
      <p className="text-xs text-slate-500">
        {ROLE_LABELS[role]}: {ROLE_HINTS[role]}. An e-mail with no account yet needs a first password: the account is
        created with it, and you hand it over (no e-mail is sent). Leave it empty for someone who already has an
        account.
      </p>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={busy} className={BUTTON}>
          {busy ? "Adding…" : "Add member"}
        </button>
        {added && (
          <span role="status" className="text-xs text-emerald-700">
            Added {added}.
          </span>
        )}
      </div>
      <RefusalAlert refusal={refusal} />
    </form>
  );
}
