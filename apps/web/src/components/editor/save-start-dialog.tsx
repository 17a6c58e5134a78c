"use client";

import type { TLoadConfig } from "@stampede/contracts";
import { useId, useState } from "react";
import { describeLoadPlan } from "../load/describe-load";
import { BUTTON, PRIMARY_BUTTON } from "./fields/styles";
import { Modal } from "./modal";

/**
 * "Save and Start": the load about to be applied, and the operator's confirmation that the test is allowed —
 * Execute Now stays disabled until it is ticked (load against a system one may not test is an attack).
 */
export function SaveStartDialog({
  scenarioName,
  load,
  onExecute,
  onClose,
}: {
  scenarioName: string;
  load: TLoadConfig;
  /** Saves and starts; resolves with problems to show, or null once the page is moving to the run. */
  onExecute: () => Promise<string[] | null>;
  onClose: () => void;
}) {
  const checkId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function execute() {
    setBusy(true);
    setErrors([]);
    const problems = await onExecute();
    if (problems) {
      setErrors(problems);
      setBusy(false);
    }
  }

  return (
    <Modal title="Save and start a run" onClose={onClose} busy={busy}>
      <p className="mt-0.5 truncate text-sm text-slate-500">{scenarioName || "(unnamed scenario)"}</p>
      <div className="mt-4 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="start-load-summary">
        {describeLoadPlan(load)}
      </div>
      <p className="mt-2 text-xs text-slate-500">Change these in Load settings. The scenario is saved first.</p>
      <div className="mt-4 flex items-start gap-2">
        <input
          id={checkId}
          type="checkbox"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          className="mt-0.5 h-4 w-4 shrink-0"
        />
        <label htmlFor={checkId} className="text-sm text-slate-700">
          I confirm this test is permitted and complies with the applicable laws and regulations
        </label>
      </div>
      {errors.length > 0 && (
        <ul role="alert" className="mt-3 list-inside list-disc rounded-md bg-red-50 p-2 text-xs text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <button type="button" onClick={onClose} disabled={busy} className={BUTTON}>
          Cancel
        </button>
        <button type="button" onClick={execute} disabled={!confirmed || busy} className={PRIMARY_BUTTON}>
          {busy ? "Starting…" : "Execute Now"}
        </button>
      </div>
    </Modal>
  );
}
