"use client";

import { CheckboxField } from "../editor/fields/checkbox-field";
import { offersThinkTimes, toggled, type SelectionPanelProps } from "./import-view";

/** The toggles above the request table: static assets, duplicates, think times, and a box per host. */
export function RequestFilters({ result, selection, onChange }: SelectionPanelProps) {
  const statics = result.preview.requests.filter((r) => r.isStatic).length;
  const duplicates = result.preview.requests.filter((r) => r.duplicateOf !== undefined).length;
  return (
    <div className="flex flex-wrap items-start gap-x-8 gap-y-3 border-b border-slate-100 px-4 py-3">
      <div className="space-y-1.5">
        <CheckboxField
          label={`Hide static assets (${statics})`}
          checked={selection.hideStatic}
          onChange={(hideStatic) => onChange({ ...selection, hideStatic })}
        />
        <CheckboxField
          label={`Hide duplicates (${duplicates})`}
          checked={selection.hideDuplicates}
          onChange={(hideDuplicates) => onChange({ ...selection, hideDuplicates })}
        />
        {offersThinkTimes(result.preview) && (
          <CheckboxField
            label="Think times from timestamps"
            checked={selection.thinkTimes}
            onChange={(thinkTimes) => onChange({ ...selection, thinkTimes })}
          />
        )}
      </div>
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-xs font-medium text-slate-600">Hosts</legend>
        {result.hosts.map(({ host, count }) => (
          <CheckboxField
            key={host}
            label={`${host} (${count})`}
            checked={!selection.hiddenHosts.has(host)}
            onChange={(on) => onChange({ ...selection, hiddenHosts: toggled(selection.hiddenHosts, host, !on) })}
          />
        ))}
      </fieldset>
    </div>
  );
}
