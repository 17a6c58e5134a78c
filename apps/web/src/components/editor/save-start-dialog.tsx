"use client";

import type { TLoadConfig } from "@stampede/contracts";
import { describeLoadPlan } from "../load/describe-load";
import { type ScheduleRequest, StartRunDialog } from "../start-run/start-run-dialog";

/**
 * "Save and Start": the Start dialog over the editor's load, which saves the scenario before it starts — or,
 * "Scheduled", before it saves a schedule whose runs use this load.
 */
export function SaveStartDialog({
  scenarioName,
  load,
  onExecute,
  onSchedule,
  onClose,
}: {
  scenarioName: string;
  load: TLoadConfig;
  /** Saves and starts; resolves with problems to show, or null once the page is moving to the run. */
  onExecute: () => Promise<string[] | null>;
  /** Saves, then saves the schedule; problems to show, or null once the page is moving to the scenario. */
  onSchedule: (schedule: ScheduleRequest) => Promise<string[] | null>;
  onClose: () => void;
}) {
  return (
    <StartRunDialog
      title="Save and start a run"
      scenarioName={scenarioName}
      onExecute={onExecute}
      onSchedule={onSchedule}
      scheduleLoadNote="Scheduled runs use the scenario's saved load (this one, saved first), as it is when each one fires."
      onClose={onClose}
    >
      <div className="mt-4 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="start-load-summary">
        {describeLoadPlan(load)}
      </div>
      <p className="mt-2 text-xs text-slate-500">Change these in Load settings. The scenario is saved first.</p>
    </StartRunDialog>
  );
}
