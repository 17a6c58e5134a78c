"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { Refusal } from "@/lib/api-refusal";
import { BUTTON, inputClass, LABEL } from "../editor/fields/styles";
import { RefusalAlert } from "../refusal-alert";
import { parseExpiryDays } from "./api-key-status";
import { NewKeyDialog } from "./new-key-dialog";
import { createApiKey, type KeyScopeInput } from "./settings-api";

const SCOPES: { value: KeyScopeInput; label: string }[] = [
  { value: "run", label: "run — read, start and stop runs (CI)" },
  { value: "read", label: "read — read only" },
  { value: "admin", label: "admin — everything, members and keys too" },
];

/** Creates a key, then shows it once in a dialog. */
export function CreateApiKeyForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [scope, setScope] = useState<KeyScopeInput>("run");
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const expiry = parseExpiryDays(String(form.get("expiresInDays") ?? ""));
    if ("error" in expiry) {
      setRefusal({ ok: false, error: "invalid request", issues: [expiry.error] });
      return;
    }
    setBusy(true);
    const result = await createApiKey(projectId, {
      name: String(form.get("name") ?? ""),
      scope,
      expiresInDays: expiry.days,
    });
    setBusy(false);
    setRefusal(result.ok ? null : result);
    if (result.ok) {
      formElement.reset();
      setCreated({ name: result.body.apiKey.name, secret: result.body.key });
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label="Create API key"
      className="space-y-3 border-t border-slate-100 p-4"
    >
      <h3 className="text-sm font-semibold text-slate-900">Create a key</h3>
      <div className="grid grid-cols-3 gap-3">
        <label className={LABEL}>
          Name
          <input name="name" required maxLength={100} placeholder="ci-nightly" className={inputClass(false, "mt-1")} />
        </label>
        <label className={LABEL}>
          Scope
          <select
            value={scope}
            onChange={(e) => setScope(e.target.value as KeyScopeInput)}
            className={inputClass(false, "mt-1")}
          >
            {SCOPES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Expires after (days)
          <input name="expiresInDays" inputMode="numeric" placeholder="never" className={inputClass(false, "mt-1")} />
        </label>
      </div>
      <button type="submit" disabled={busy} className={BUTTON}>
        {busy ? "Creating…" : "Create key"}
      </button>
      <RefusalAlert refusal={refusal} />
      {created && <NewKeyDialog name={created.name} secret={created.secret} onClose={() => setCreated(null)} />}
    </form>
  );
}
