"use client";

import { fieldId, type FieldIssue } from "./model/issues";

/** Where a path points, in words: `spec.flows.0.steps.1.url` → "flow 1 › step 2 › url". */
function describePath(path: string): string {
  if (!path) return "scenario";
  return path
    .replace(/^spec\./, "")
    .replace(/flows\.(\d+)/, (_, n) => `flow ${Number(n) + 1}`)
    .replace(/steps\.(\d+)/, (_, n) => `step ${Number(n) + 1}`)
    .replace(/dataSources\.(\d+)/, (_, n) => `data source ${Number(n) + 1}`)
    .replace(/\.(\d+)(?=\.|$)/g, (_, n) => ` ${Number(n) + 1}`)
    .split(".")
    .join(" › ");
}

/** The problems of the last save or debug, at the top; each jumps to its field when that is on the page. */
export function IssueSummary({ title, issues }: { title: string; issues: FieldIssue[] }) {
  return (
    <div role="alert" data-testid="issue-summary" className="mb-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3">
      <p className="text-sm font-semibold text-red-800">{title}</p>
      <ul className="mt-1 space-y-0.5 text-sm text-red-700">
        {issues.map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            <button
              type="button"
              className="text-left hover:underline focus-visible:underline focus-visible:outline-none"
              onClick={() => {
                const el = document.getElementById(fieldId(issue.path));
                el?.scrollIntoView({ block: "center" });
                el?.focus();
              }}
            >
              <span className="font-medium">{describePath(issue.path)}</span>: {issue.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
