"use client";

import { useState } from "react";
import { BUTTON, PRIMARY_BUTTON } from "../editor/fields/styles";
import { Modal } from "../editor/modal";

/** Shows a new key the one time it can be read: the server keeps only its hash. */
export function NewKeyDialog({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      // The clipboard is refused outside secure contexts (plain http to a non-local host): select it instead.
      setCopied("failed");
    }
  }

  return (
    <Modal title="API key created" onClose={onClose} width="max-w-lg">
      <p className="mt-2 text-sm text-slate-600">
        <strong className="text-slate-900">{name}</strong>: copy the key now.{" "}
        <strong className="text-slate-900">You will not see it again</strong>; only its first characters stay listed.
      </p>
      <input
        readOnly
        value={secret}
        data-testid="new-api-key"
        aria-label="New API key"
        onFocus={(e) => e.currentTarget.select()}
        className="mt-3 w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-900"
      />
      <p className="mt-2 text-xs text-slate-500">
        Send it as <code className="font-mono">Authorization: Bearer &lt;key&gt;</code>.
      </p>
      {copied === "failed" && (
        <p role="alert" className="mt-2 text-xs text-amber-700">
          The browser refused the clipboard; select the key and copy it by hand.
        </p>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <button type="button" onClick={() => void copy()} className={BUTTON}>
          {copied === "yes" ? "Copied" : "Copy"}
        </button>
        <button type="button" onClick={onClose} className={PRIMARY_BUTTON}>
          Done
        </button>
      </div>
    </Modal>
  );
}
