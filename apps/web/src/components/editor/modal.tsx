"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";

/**
 * A modal dialog in a portal (callers sit in tables and sticky bars whose layout it must not inherit):
 * Escape and a click outside close it unless busy; focus moves in and returns to where it was.
 */
export function Modal({
  title,
  onClose,
  busy = false,
  children,
  width = "max-w-md",
}: {
  title: string;
  onClose: () => void;
  busy?: boolean;
  children: ReactNode;
  width?: string;
}) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = panel.current?.querySelector<HTMLElement>("input, button:not([disabled]), select, textarea");
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return createPortal(
    <div
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
      onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}
      onKeyDown={(e) => e.key === "Escape" && !busy && onClose()}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={`max-h-[90vh] w-full overflow-y-auto ${width} rounded-lg bg-white p-5 text-left shadow-xl`}
      >
        <h2 id={titleId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
