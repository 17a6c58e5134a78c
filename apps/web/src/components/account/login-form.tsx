"use client";

import { CredentialsForm, signIn } from "./credentials-form";

export function LoginForm() {
  return (
    <CredentialsForm
      submitLabel="Log in"
      onSubmit={async (email, password) => {
        const error = await signIn(email, password);
        if (!error) window.location.assign("/scenarios");
        return error;
      }}
    />
  );
}
