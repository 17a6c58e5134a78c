"use client";

import { useEffect } from "react";

const MESSAGE = "This scenario has unsaved changes. Leave without saving?";

/** Marks the history entry this hook pushes in front of the editor's own. */
const GUARD = "__stampedeUnsavedGuard";

const isGuard = (state: unknown) => typeof state === "object" && state !== null && GUARD in state;

/** A copy of the current entry (same URL, same router state) marked as the guard, on top of it. */
function pushGuard() {
  history.pushState({ ...(history.state as object | null), [GUARD]: true }, "", location.href);
}

/**
 * Warns before unsaved edits are lost: the browser's own prompt on reload or close, and a confirm on in-app
 * links and on Back. The App Router has no navigation event to cancel, so link clicks are caught in the
 * capture phase on window — before React's handler on the document starts the client-side navigation — and
 * Back is met by a guard entry: while there are unsaved edits, a copy of the page's history entry sits on top
 * of it, so Back only lands on the page's own entry (same URL, same page) and asks; staying puts the guard
 * back, leaving goes back once more. After a save the guard entry stays (history entries cannot be removed,
 * and stepping back off it would race the editor's own navigation to the saved scenario's URL): one Back then
 * shows the same page.
 */
export function useUnsavedWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download"))
        return;
      if (new URL(anchor.href, location.href).origin !== location.origin) return;
      if (!window.confirm(MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    let leaving = false;
    const popstate = (event: PopStateEvent) => {
      if (leaving || isGuard(event.state)) return;
      if (window.confirm(MESSAGE)) {
        leaving = true;
        history.back();
      } else pushGuard();
    };
    if (!isGuard(history.state)) pushGuard();
    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("click", click, true);
    window.addEventListener("popstate", popstate);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("click", click, true);
      window.removeEventListener("popstate", popstate);
    };
  }, [dirty]);
}
