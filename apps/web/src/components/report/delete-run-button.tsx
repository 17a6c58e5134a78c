"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/lib/call-api";
import { ConfirmDialog } from "../editor/list/confirm-dialog";

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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  async function remove(): Promise<string | null> {
    const result = await callApi(`/api/v1/runs/${encodeURIComponent(runId)}`, { method: "DELETE" });
    if (!result.ok) return result.error;
    if (goToList) router.push("/runs");
    router.refresh();
    return null;
  }
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="text-sm text-red-700 hover:underline"
        aria-label={`Delete run ${label}`}
      >
        Delete
      </button>
      {open && (
        <ConfirmDialog title="Delete run?" confirmLabel="Delete run" onConfirm={remove} onClose={() => setOpen(false)}>
          <p>
            <strong className="text-slate-900">{label}</strong> will be deleted with its metrics, samples and events.
            This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
