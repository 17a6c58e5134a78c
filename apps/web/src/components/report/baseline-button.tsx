"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/lib/call-api";
import { BUTTON } from "../editor/fields/styles";

/** "Mark as baseline" (edit permission), or the badge when it is one; and "Compare with baseline" otherwise. */
export function BaselineControls({
  runId,
  baselineRunId,
  canEdit,
}: {
  runId: string;
  baselineRunId: string | null;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function mark() {
    setBusy(true);
    const result = await callApi(`/api/v1/runs/${encodeURIComponent(runId)}/baseline`, { method: "POST", body: {} });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else router.refresh();
  }
  if (baselineRunId === runId) {
    return (
      <span
        data-testid="baseline-badge"
        className="rounded bg-emerald-50 px-2 py-1 text-xs font-medium text-emerald-700"
      >
        Baseline of its scenario
      </span>
    );
  }
  return (
    <span className="flex items-center gap-2">
      {baselineRunId && (
        <Link href={`/runs/compare?ids=${baselineRunId},${runId}`} className={BUTTON}>
          Compare with baseline
        </Link>
      )}
      {canEdit && (
        <button type="button" className={BUTTON} onClick={mark} disabled={busy}>
          Mark as baseline
        </button>
      )}
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
