"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { BUTTON } from "../fields/styles";
import { Modal } from "../modal";

/** Reads an exported scenario file (`{"stampede": 1, ...}`) and creates a scenario from it. */
export function ImportScenarioButton() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ file: string; error: string; issues: string[] } | null>(null);

  async function importFile(file: File) {
    setBusy(true);
    const refuse = (error: string, issues: string[] = []) => setRefusal({ file: file.name, error, issues });
    try {
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        refuse("the file is not JSON");
        return;
      }
      // An export made with a passphrase carries sealed secrets: the import needs the same passphrase.
      if (JSON.stringify(data).includes('"enc:p1:')) {
        const passphrase = window.prompt("This file's secrets are sealed with a passphrase. Passphrase:");
        if (passphrase) data = { ...(data as object), passphrase };
      }
      const response = await fetch("/api/v1/scenarios/import", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(data),
      });
      const body = (await response.json().catch(() => ({}))) as {
        scenario?: { id: string };
        error?: string;
        issues?: string[];
      };
      if (!response.ok || !body.scenario) refuse(body.error ?? `HTTP ${response.status}`, body.issues);
      else router.push(`/scenarios/${body.scenario.id}/edit`);
    } catch (error) {
      refuse((error as Error).message);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <>
      <button type="button" className={BUTTON} disabled={busy} onClick={() => input.current?.click()}>
        {busy ? "Importing…" : "Import"}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Scenario file to import"
        data-testid="import-file-input"
        className="hidden"
        onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])}
      />
      {refusal && (
        <Modal title="Import refused" onClose={() => setRefusal(null)}>
          <p className="mt-2 text-sm text-slate-700">
            {refusal.file}: {refusal.error}
          </p>
          {refusal.issues.length > 0 && (
            <ul
              role="alert"
              className="mt-2 list-inside list-disc rounded-md bg-red-50 p-2 font-mono text-xs text-red-700"
            >
              {refusal.issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          )}
          <div className="mt-4 flex justify-end">
            <button type="button" className={BUTTON} onClick={() => setRefusal(null)}>
              Close
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
