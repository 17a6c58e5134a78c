"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { callApi } from "@/lib/call-api";
import { ConfirmDialog } from "./editor/list/confirm-dialog";

/**
 * A "Delete" link that asks first: the dialog says what goes with the thing, then DELETE `url`. Something
 * already gone (404) counts as deleted. Afterwards the page is re-read, or `goTo` is opened (from the thing's
 * own page, back to its list).
 */
export function ConfirmedDeleteButton(props: {
  url: string;
  /** What the button deletes, for screen readers ("Delete run nightly"). */
  ariaLabel: string;
  title: string;
  confirmLabel: string;
  /** What will be deleted, and that it cannot be undone. */
  children: ReactNode;
  goTo?: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  async function remove(): Promise<string | null> {
    const result = await callApi(props.url, { method: "DELETE" });
    if (!result.ok && result.status !== 404) return result.error;
    if (props.goTo) router.push(props.goTo);
    router.refresh();
    return null;
  }
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="text-sm text-red-700 hover:underline"
        aria-label={props.ariaLabel}
      >
        Delete
      </button>
      {open && (
        <ConfirmDialog
          title={props.title}
          confirmLabel={props.confirmLabel}
          onConfirm={remove}
          onClose={() => setOpen(false)}
        >
          {props.children}
        </ConfirmDialog>
      )}
    </>
  );
}
