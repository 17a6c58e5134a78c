"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "./confirm-dialog";

/** Delete, after a confirmation naming what goes with it (its runs and data files). */
export function DeleteScenarioButton({
  scenarioId,
  scenarioName,
  afterDelete = "refresh",
}: {
  scenarioId: string;
  scenarioName: string;
  /** From the list, refresh it; from the scenario's own page, go back to the list. */
  afterDelete?: "refresh" | "list";
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  async function remove(): Promise<string | null> {
    const response = await fetch(`/api/v1/scenarios/${encodeURIComponent(scenarioId)}`, { method: "DELETE" }).catch(
      () => null,
    );
    if (!response || (!response.ok && response.status !== 404)) {
      return `Could not delete the scenario (${response ? `HTTP ${response.status}` : "server unreachable"}).`;
    }
    if (afterDelete === "list") router.push("/scenarios");
    router.refresh();
    return null;
  }
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="text-sm text-red-700 hover:underline"
        aria-label={`Delete ${scenarioName}`}
      >
        Delete
      </button>
      {open && (
        <ConfirmDialog title="Delete scenario?" confirmLabel="Delete" onConfirm={remove} onClose={() => setOpen(false)}>
          <p>
            <strong className="text-slate-900">{scenarioName}</strong> will be deleted with its runs, their reports and
            its data files. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
