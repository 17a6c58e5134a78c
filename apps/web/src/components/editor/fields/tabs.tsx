"use client";

import { useContext, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { IssuesContext } from "../model/issues";

/** One tab: its label, the issue paths it shows (for the count badge), and its content. */
export interface TabSpec {
  id: string;
  label: string;
  /** Issue path prefixes whose problems this tab's fields display. */
  issuePrefixes: string[];
  content: ReactNode;
  /** A small note after the label, e.g. the number of rows. */
  note?: string;
}

/**
 * ARIA tabs (arrow keys move between them). After a save or debug attempt the first tab with problems comes
 * forward if the one shown has none, so the message the summary points to is on screen.
 */
export function Tabs({ tabs, label }: { tabs: TabSpec[]; label: string }) {
  const [active, setActive] = useState(tabs[0]?.id ?? "");
  const { issues, version } = useContext(IssuesContext);
  const baseId = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const count = (tab: TabSpec) =>
    issues.filter((i) => tab.issuePrefixes.some((p) => i.path === p || i.path.startsWith(`${p}.`))).length;

  useEffect(() => {
    const current = tabs.find((t) => t.id === active);
    if (current && count(current) > 0) return;
    const withIssues = tabs.find((t) => count(t) > 0);
    if (withIssues) setActive(withIssues.id);
    // Only a new set of issues moves the selection; typing must not, so `version` is the only dependency.
  }, [version]);

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((t) => t.id === active);
    const delta = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = tabs[(index + delta + tabs.length) % tabs.length]!;
    setActive(next.id);
    refs.current[next.id]?.focus();
  }

  const shown = tabs.find((t) => t.id === active) ?? tabs[0];
  return (
    <div>
      <div
        role="tablist"
        aria-label={label}
        className="flex flex-wrap gap-1 border-b border-slate-200"
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab) => {
          const selected = tab.id === shown?.id;
          const problems = count(tab);
          return (
            <button
              key={tab.id}
              ref={(el) => {
                refs.current[tab.id] = el;
              }}
              type="button"
              role="tab"
              id={`${baseId}-${tab.id}-tab`}
              aria-selected={selected}
              aria-controls={`${baseId}-${tab.id}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setActive(tab.id)}
              className={`-mb-px rounded-t-md border-b-2 px-3 py-1.5 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 ${
                selected
                  ? "border-blue-600 font-medium text-blue-700"
                  : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              {tab.label}
              {tab.note && <span className="ml-1 text-xs text-slate-400">{tab.note}</span>}
              {problems > 0 && (
                <span className="ml-1.5 rounded-full bg-red-100 px-1.5 text-xs font-semibold text-red-700">
                  {problems}
                </span>
              )}
            </button>
          );
        })}
      </div>
      {shown && (
        <div
          role="tabpanel"
          id={`${baseId}-${shown.id}-panel`}
          aria-labelledby={`${baseId}-${shown.id}-tab`}
          className="pt-3"
        >
          {shown.content}
        </div>
      )}
    </div>
  );
}
