"use client";

import { useState } from "react";

/** The signed-in user, their role in the current project, and Log out. */
export function AccountMenu({ email, role }: { email: string; role: string | null }) {
  const [busy, setBusy] = useState(false);

  async function logOut() {
    setBusy(true);
    await fetch("/api/auth/sign-out", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    }).catch(() => undefined);
    window.location.assign("/login");
  }

  return (
    <div className="mt-auto border-t border-slate-800 px-5 py-4 text-xs">
      <p className="truncate text-slate-300" title={email} data-testid="signed-in-as">
        {email}
      </p>
      {role && <p className="text-slate-500">{role.toLowerCase()} in this project</p>}
      <button
        type="button"
        onClick={() => void logOut()}
        disabled={busy}
        className="mt-2 rounded border border-slate-700 px-2 py-1 text-slate-300 hover:bg-slate-800"
      >
        Log out
      </button>
    </div>
  );
}
