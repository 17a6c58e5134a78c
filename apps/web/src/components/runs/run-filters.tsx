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
  return (
    <form onSubmit={apply} className="flex flex-wrap items-end gap-3 px-4 py-3" aria-label="Filter runs">
      <FilterSelect
        id="filter-scenario"
        name="scenarioId"
        label="Scenario"
        value={values.scenarioId}
        options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
      />
      <FilterSelect
        id="filter-status"
        name="status"
        label="Status"
        value={values.status}
        options={choices(RUN_STATUSES)}
      />
      <FilterSelect
        id="filter-trigger"
        name="trigger"
        label="Trigger"
        value={values.trigger}
        options={choices(RUN_TRIGGERS)}
      />
      <div>
        <label className={LABEL} htmlFor="filter-from">
          From (UTC)
        </label>
        <input id="filter-from" type="date" name="from" defaultValue={values.from ?? ""} className={SELECT} />
      </div>
      <div>
        <label className={LABEL} htmlFor="filter-to">
          To (UTC)
        </label>
        <input id="filter-to" type="date" name="to" defaultValue={values.to ?? ""} className={SELECT} />
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

const SELECT = `${INPUT} border-slate-300`;

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** One filter: "Any" (empty, so it drops out of the URL) or one of the options. */
function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label className={LABEL} htmlFor={props.id}>
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={SELECT}>
        <option value="">Any</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
