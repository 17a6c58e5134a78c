"use client";

import { ERROR_KINDS } from "@stampede/contracts";
import type { FormEvent } from "react";

import type { SampleFilterValues } from "@/lib/sample-link";

export type { SampleFilterValues };

const input = "w-full rounded border border-slate-300 px-2 py-1 text-xs";

/** The filter row of the sampled request log; applied on submit, so typing does not fire a request per key. */
export function SampleFilters({
  steps,
  initial = {},
  onApply,
}: {
  steps: string[];
  /** The filters the form opens with (from the page's address). */
  initial?: SampleFilterValues;
  onApply: (filters: SampleFilterValues) => void;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values: SampleFilterValues = {};
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value !== "") values[name as keyof SampleFilterValues] = value;
    }
    onApply(values);
  };
  return (
    <form
      onSubmit={submit}
      aria-label="Filter sampled requests"
      className="grid grid-cols-[repeat(auto-fill,minmax(7.5rem,1fr))] items-end gap-2 border-b border-slate-100 px-4 py-3"
    >
      <Field label="API" htmlFor="sample-filter-step">
        <select id="sample-filter-step" name="step" className={input} defaultValue={initial.step ?? ""}>
          <option value="">All APIs</option>
          {steps.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Kind" htmlFor="sample-filter-kind">
        <select id="sample-filter-kind" name="kind" className={input} defaultValue={initial.kind ?? ""}>
          <option value="">All</option>
          <option value="failure">Failures</option>
          <option value="success">Successes</option>
        </select>
      </Field>
      <Field label="Status" htmlFor="sample-filter-status">
        <input
          id="sample-filter-status"
          name="status"
          defaultValue={initial.status}
          inputMode="numeric"
          placeholder="401"
          className={input}
        />
      </Field>
      <Field label="Error kind" htmlFor="sample-filter-error">
        <select id="sample-filter-error" name="error" className={input} defaultValue={initial.error ?? ""}>
          <option value="">Any</option>
          {ERROR_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </Field>
      <Field label="RT min (ms)" htmlFor="sample-filter-minMs">
        <input
          id="sample-filter-minMs"
          name="minMs"
          defaultValue={initial.minMs}
          inputMode="decimal"
          className={input}
        />
      </Field>
      <Field label="RT max (ms)" htmlFor="sample-filter-maxMs">
        <input
          id="sample-filter-maxMs"
          name="maxMs"
          defaultValue={initial.maxMs}
          inputMode="decimal"
          className={input}
        />
      </Field>
      <Field label="From (s or ISO)" htmlFor="sample-filter-from">
        <input id="sample-filter-from" name="from" defaultValue={initial.from} placeholder="0" className={input} />
      </Field>
      <Field label="To (s or ISO)" htmlFor="sample-filter-to">
        <input id="sample-filter-to" name="to" defaultValue={initial.to} className={input} />
      </Field>
      <button
        type="submit"
        className="rounded bg-slate-800 px-3 py-1 text-xs font-medium text-white hover:bg-slate-700"
      >
        Filter
      </button>
    </form>
  );
}

/** A labelled control; the label points at the control (wrapping a select would name it by its options too). */
function Field({ label, htmlFor, children }: { label: string; htmlFor: string; children: React.ReactNode }) {
  return (
    <div className="block text-[11px] font-medium text-slate-500">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}
