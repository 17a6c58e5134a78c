"use client";

import { ConfirmedDeleteButton } from "../../confirmed-delete-button";

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
  return (
    <ConfirmedDeleteButton
      url={`/api/v1/scenarios/${encodeURIComponent(scenarioId)}`}
      ariaLabel={`Delete ${scenarioName}`}
      title="Delete scenario?"
      confirmLabel="Delete"
      goTo={afterDelete === "list" ? "/scenarios" : undefined}
    >
      <p>
        <strong className="text-slate-900">{scenarioName}</strong> will be deleted with its runs, their reports and its
        data files. This cannot be undone.
      </p>
    </ConfirmedDeleteButton>
  );
}
