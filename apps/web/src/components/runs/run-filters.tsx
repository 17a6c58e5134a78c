"use client";

import { RUN_STATUSES, RUN_TRIGGERS } from "@stampede/contracts";
import { usePathname, useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { BUTTON, INPUT, LABEL } from "../editor/fields/styles";

/** The run list's filters as the URL holds them (so a filtered list can be bookmarked and shared). */
export interface RunFilterValues {
  scenarioId?: string;
  status?: string;
  trigger?: string;
  from?: string;
  to?: string;
}

/** Scenario, status, trigger and a date range; applying them rewrites the URL and the server lists again. */
export function RunFilters({
  values,
  scenarios,
}: {
  values: RunFilterValues;
  scenarios: { id: string; name: string }[];
}) {
  const router = useRouter();
  const pathname = usePathname();
  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const [key, value] of form.entries()) if (typeof value === "string" && value) params.set(key, value);
    router.push(params.size ? `${pathname}?${params}` : pathname);
  }
  const select = `${INPUT} border-slate-300`;
  return (
    <form onSubmit={apply} className="flex flex-wrap items-end gap-3 px-4 py-3" aria-label="Filter runs">
      <div>
        <label className={LABEL} htmlFor="filter-scenario">
          Scenario
        </label>
        <select id="filter-scenario" name="scenarioId" defaultValue={values.scenarioId ?? ""} className={select}>
          <option value="">Any</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className={LABEL} htmlFor="filter-status">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={values.status ?? ""} className={select}>
          <option value="">Any</option>
          {RUN_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </div>
      <div>
        <label className={LABEL} htmlFor="filter-trigger">
          Trigger
        </label>
        <select id="filter-trigger" name="trigger" defaultValue={values.trigger ?? ""} className={select}>
          <option value="">Any</option>
          {RUN_TRIGGERS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </div>
      <div>
        <label className={LABEL} htmlFor="filter-from">
          From (UTC)
        </label>
        <input id="filter-from" type="date" name="from" defaultValue={values.from ?? ""} className={select} />
      </div>
      <div>
        <label className={LABEL} htmlFor="filter-to">
          To (UTC)
        </label>
        <input id="filter-to" type="date" name="to" defaultValue={values.to ?? ""} className={select} />
      </div>
      <button type="submit" className={BUTTON}>
        Apply
      </button>
      {Object.values(values).some(Boolean) && (
        <button type="button" className={BUTTON} onClick={() => router.push(pathname)}>
          Clear
        </button>
      )}
    </form>
  );
}
