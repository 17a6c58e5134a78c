"use client";

import { useState } from "react";
import { BUTTON, PRIMARY_BUTTON } from "./fields/styles";
import { Modal } from "./modal";
import { describeConflict, type SaveConflict } from "./model/conflict";

/**
 * A save refused because someone saved this scenario after the page loaded it: say who and when, and let the
 * user take theirs (Reload, discarding these edits) or keep these (Overwrite, saved on top of their version).
 */
export function ConflictDialog({
  conflict,
  onReload,
  onOverwrite,
  onClose,
}: {
  conflict: SaveConflict;
  /** Resolves with a problem to show, or null once their version is on the page. */
  onReload: () => Promise<string | null>;
  onOverwrite: () => Promise<unknown>;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function reload() {
    setBusy(true);
    setProblem(await onReload());
    setBusy(false);
  }

  async function overwrite() {
    setBusy(true);
    await onOverwrite();
  }

  return (
    <Modal title="This scenario was changed since you opened it" onClose={onClose} busy={busy}>
      <p className="mt-3 text-sm text-slate-700" data-testid="conflict-who">
        {describeConflict(conflict)}. Your changes are not saved.
      </p>
      <ul className="mt-3 list-inside list-disc text-sm text-slate-600">
        <li>
          <strong>Reload</strong> discards your changes and shows theirs.
        </li>
        <li>
          <strong>Overwrite</strong> saves your version on top of theirs; their change is lost.
        </li>
      </ul>
      {problem && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 p-2 text-xs text-red-700">
          Could not reload: {problem}
        </p>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <button type="button" onClick={onClose} disabled={busy} className={BUTTON}>
          Cancel
        </button>
        <button type="button" onClick={reload} disabled={busy} className={BUTTON}>
          Reload
        </button>
        <button type="button" onClick={overwrite} disabled={busy} className={PRIMARY_BUTTON}>
          Overwrite
        </button>
      </div>
    </Modal>
  );
}
