"use client";

import Link from "next/link";
import { BUTTON, PRIMARY_BUTTON } from "./fields/styles";

/** The editor's sticky title bar: where you are, whether there are unsaved changes, and the actions. */
export function EditorToolbar({
  title,
  scenarioId,
  dirty,
  saving,
  debugging,
  onDebug,
  onSave,
  onSaveAndStart,
}: {
  title: string;
  scenarioId: string | undefined;
  dirty: boolean;
  saving: boolean;
  debugging: boolean;
  onDebug: () => void;
  onSave: () => void;
  onSaveAndStart: () => void;
}) {
  return (
    <div className="sticky top-0 z-30 -mx-8 mb-4 border-b border-slate-200 bg-slate-50/95 px-8 py-3 backdrop-blur">
      <nav className="text-sm text-slate-500" aria-label="Breadcrumb">
        <Link href="/scenarios" className="hover:underline">
          Scenarios
        </Link>
        {scenarioId && (
          <>
            {" / "}
            <Link href={`/scenarios/${scenarioId}`} className="hover:underline">
              {title}
            </Link>
          </>
        )}
        {" / "}
        <span className="text-slate-700">{scenarioId ? "Edit" : "New scenario"}</span>
      </nav>
      <div className="mt-1 flex items-center gap-3">
        <h1 className="min-w-0 flex-1 truncate text-xl font-semibold tracking-tight text-slate-900">
          {title || "New scenario"}
        </h1>
        <span className="text-xs text-slate-500" data-testid="save-state" aria-live="polite">
          {saving ? "Saving…" : dirty ? "Unsaved changes" : scenarioId ? "All changes saved" : ""}
        </span>
        <button type="button" className={BUTTON} onClick={onDebug} disabled={debugging}>
          {debugging ? "Debugging…" : "Debug"}
        </button>
        <button type="button" className={BUTTON} onClick={onSave} disabled={saving}>
          Save
        </button>
        <button type="button" className={PRIMARY_BUTTON} onClick={onSaveAndStart} disabled={saving}>
          Save and Start
        </button>
      </div>
    </div>
  );
}
