"use client";

import { ConfirmedDeleteButton } from "../confirmed-delete-button";

/** Delete an ended run, after a confirmation; from its own page, back to the run list. */
export function DeleteRunButton({
  runId,
  label,
  goToList = false,
}: {
  runId: string;
  label: string;
  goToList?: boolean;
}) {
  return (
    <ConfirmedDeleteButton
      url={`/api/v1/runs/${encodeURIComponent(runId)}`}
      ariaLabel={`Delete run ${label}`}
      title="Delete run?"
      confirmLabel="Delete run"
      goTo={goToList ? "/runs" : undefined}
    >
      <p>
        <strong className="text-slate-900">{label}</strong> will be deleted with its metrics, samples and events. This
        cannot be undone.
      </p>
    </ConfirmedDeleteButton>
  );
}
