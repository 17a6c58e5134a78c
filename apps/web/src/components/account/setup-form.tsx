"use client";

import { CredentialsForm, signIn } from "./credentials-form";

/** Creates the first admin, then logs them in. */
export function SetupForm({ minPasswordLength }: { minPasswordLength: number }) {
  return (
    <CredentialsForm
      submitLabel="Create the admin account"
      passwordHint={`At least ${minPasswordLength} characters.`}
      onSubmit={async (email, password) => {
        const response = await fetch("/api/v1/setup", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password }),
        }).catch(() => null);
        if (!response) return "the console did not answer";
        if (!response.ok) {
          const body = (await response.json().catch(() => ({}))) as { error?: string; issues?: string[] };
          return body.issues?.join("; ") ?? body.error ?? `HTTP ${response.status}`;
        }
        const error = await signIn(email, password);
        if (!error) window.location.assign("/scenarios");
        return error;
      }}
    />
  );
}
