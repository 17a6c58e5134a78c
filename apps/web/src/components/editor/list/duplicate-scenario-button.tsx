"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Copies the scenario (spec, load, data files) under a new name; the list then shows the copy. */
export function DuplicateScenarioButton({
  scenarioId,
  scenarioName,
  openCopy = false,
}: {
  scenarioId: string;
  scenarioName: string;
  /** Open the copy in the editor instead of refreshing the page. */
  openCopy?: boolean;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function duplicate() {
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/duplicate`, {
      method: "POST",
    }).catch(() => null);
    setBusy(false);
    if (!response?.ok) {
      setError(`Could not duplicate (${response ? `HTTP ${response.status}` : "server unreachable"})`);
      return;
    }
    const body = (await response.json()) as { scenario: { id: string } };
    if (openCopy) router.push(`/scenarios/${body.scenario.id}/edit`);
    else router.refresh();
  }
  return (
    <>
      <button
        type="button"
        onClick={duplicate}
        disabled={busy}
        aria-label={`Duplicate ${scenarioName}`}
        className="text-sm text-slate-600 hover:text-blue-600 disabled:opacity-50"
      >
        {busy ? "Copying…" : "Duplicate"}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
