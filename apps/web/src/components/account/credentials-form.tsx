"use client";

import { type FormEvent, useState } from "react";

/** Signs in through the auth library's endpoint; the session arrives as an HttpOnly cookie. */
export async function signIn(email: string, password: string): Promise<string | null> {
  const response = await fetch("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  }).catch(() => null);
  if (!response) return "the console did not answer";
  if (response.ok) return null;
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  return response.status === 401 ? "wrong e-mail or password" : (body.message ?? `HTTP ${response.status}`);
}

interface CredentialsFormProps {
  submitLabel: string;
  /** Called with what was typed; returns an error to show, or null when it went through. */
  onSubmit: (email: string, password: string) => Promise<string | null>;
  passwordHint?: string;
}

export function CredentialsForm({ submitLabel, onSubmit, passwordHint }: CredentialsFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const problem = await onSubmit(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
    setBusy(false);
    setError(problem);
  }

  const input =
    "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-blue-500 focus:ring-2 focus:ring-blue-200 focus:outline-none";
  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4">
      <label className="block text-sm font-medium text-slate-700">
        E-mail
        <input name="email" type="email" required autoComplete="username" className={input} />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Password
        <input name="password" type="password" required autoComplete="current-password" className={input} />
        {passwordHint && <span className="mt-1 block text-xs font-normal text-slate-500">{passwordHint}</span>}
      </label>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={busy}
        className="w-full rounded-md bg-blue-600 px-3 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-60"
      >
        {busy ? "…" : submitLabel}
      </button>
    </form>
  );
}
