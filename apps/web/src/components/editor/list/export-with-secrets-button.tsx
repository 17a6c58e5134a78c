"use client";

import { useState } from "react";

/**
 * Exports the scenario with its secret values sealed under a passphrase the person types (sent in a header,
 * never in the URL); an import with the same passphrase opens them. A plain Export leaves them out.
 */
export function ExportWithSecretsButton({ scenarioId, scenarioName }: { scenarioId: string; scenarioName: string }) {
  const [error, setError] = useState<string | null>(null);

  async function exportSealed() {
    const passphrase = window.prompt("A passphrase to seal the secret values with (the import will ask for it):");
    if (!passphrase) return;
    setError(null);
    const response = await fetch(`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/export`, {
      headers: { "x-stampede-passphrase": passphrase },
    });
    if (!response.ok) {
      setError(`export failed: HTTP ${response.status}`);
      return;
    }
    const base = scenarioName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "scenario";
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = `${base}.with-secrets.stampede.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  return (
    <>
      <button
        type="button"
        onClick={() => void exportSealed()}
        aria-label={`Export ${scenarioName} with its secrets`}
        className="text-sm text-slate-600 hover:text-blue-600"
      >
        Export with secrets
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
