"use client";

import type { TRunStatus } from "@stampede/contracts";
import { useState } from "react";

/** Asks the API to stop the run; the stream reports STOPPING and then STOPPED. */
export function StopRunButton({ runId, onStatus }: { runId: string; onStatus: (status: TRunStatus) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function stop() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/runs/${encodeURIComponent(runId)}/stop`, { method: "POST" });
      const body = (await response.json()) as { status?: TRunStatus; error?: string };
      if (!response.ok || !body.status) throw new Error(body.error ?? `stop failed (${response.status})`);
      onStatus(body.status);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <div className="flex items-center gap-2">
      {error && <span className="text-xs text-red-600">{error}</span>}
      <button
        type="button"
        onClick={stop}
        disabled={busy}
        className="rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-700 shadow-sm hover:bg-red-50 disabled:opacity-60"
      >
        {busy ? "Stopping…" : "Stop"}
      </button>
    </div>
  );
}
