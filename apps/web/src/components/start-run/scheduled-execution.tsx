"use client";

import { NextFireTimes, SchedulePlanFields } from "../schedules/schedule-plan-fields";
import type { SchedulePlan } from "../schedules/use-schedule-plan";

export type ExecutionMode = "now" | "scheduled";

/** The Start dialog's choice, as PTS offers it: run now, or save a schedule that runs the scenario later. */
export function ExecutionModeChoice({
  mode,
  onChange,
}: {
  mode: ExecutionMode;
  onChange: (mode: ExecutionMode) => void;
}) {
  const options: Array<[ExecutionMode, string]> = [
    ["now", "Execute Now"],
    ["scheduled", "Scheduled"],
  ];
  return (
    <fieldset className="mt-4">
      <legend className="text-xs font-medium text-slate-600">Execution mode</legend>
      <div className="mt-1 flex gap-4">
        {options.map(([value, label]) => (
          <label key={value} className="flex items-center gap-1.5 text-sm text-slate-700">
            <input
              type="radio"
              name="execution-mode"
              value={value}
              checked={mode === value}
              onChange={() => onChange(value)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** "Scheduled": the schedule's name and plan, with its next fire times, as the scenario page's form has them. */
export function ScheduledExecutionFields({
  plan,
  name,
  onNameChange,
  loadNote,
}: {
  plan: SchedulePlan;
  name: string;
  onNameChange: (name: string) => void;
  /** Which load the scheduled runs take. */
  loadNote: string;
}) {
  return (
    <div className="mt-3 space-y-3 rounded-md border border-slate-200 p-3 text-sm" data-testid="scheduled-execution">
      <label className="flex w-fit flex-col gap-1">
        Schedule name
        <input
          className="w-96 max-w-full rounded border border-slate-300 px-2 py-1 text-sm"
          value={name}
          onChange={(e) => onNameChange(e.target.value)}
          required
        />
      </label>
      <SchedulePlanFields plan={plan} />
      <NextFireTimes plan={plan} />
      <p className="text-xs text-slate-500">{loadNote} Runs start on your behalf; you confirm for them below.</p>
    </div>
  );
}
