"use client";

import { COMPLIANCE_STATEMENT } from "@stampede/contracts";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { BUTTON, PRIMARY_BUTTON } from "../editor/fields/styles";
import { Modal } from "../editor/modal";
import { type SchedulePlanBody, useSchedulePlan } from "../schedules/use-schedule-plan";
import { type ExecutionMode, ExecutionModeChoice, ScheduledExecutionFields } from "./scheduled-execution";

/** The checkbox's words: the starter confirms the compliance statement; the API records when. */
const COMPLIANCE_LABEL = `I confirm ${COMPLIANCE_STATEMENT}`;

/** A schedule the dialog's "Scheduled" mode asks for: its name and plan (the load is the caller's). */
export type ScheduleRequest = { name: string } & SchedulePlanBody;

/**
 * The one Start dialog (scenario list, scenario page, the editor's Save and Start): the load about to be
 * applied, and the operator's confirmation that the test is allowed — Execute Now stays disabled until it is
 * ticked (load against a system one may not test is an attack). With `onSchedule`, it offers the execution
 * mode as PTS does: Execute Now, or Scheduled — a schedule of this scenario with the same load, whose runs
 * start on the confirming user's behalf.
 */
export function StartRunDialog({
  title,
  scenarioName,
  width,
  children,
  onExecute,
  onSchedule,
  scheduleLoadNote = "Scheduled runs use the load above.",
  onClose,
}: {
  title: string;
  scenarioName: string;
  width?: string;
  /** The load section: editable fields, or the plan as saved. */
  children: ReactNode;
  /** Starts (saving first where that applies); resolves with problems to show, or null once the page moves on. */
  onExecute: () => Promise<string[] | null>;
  /** Saves a schedule instead (saving the scenario first where that applies); problems, or null once done. */
  onSchedule?: (schedule: ScheduleRequest) => Promise<string[] | null>;
  /** With `onSchedule`: which load the scheduled runs take, said under the plan. */
  scheduleLoadNote?: string;
  onClose: () => void;
}) {
  const checkId = useId();
  const [mode, setMode] = useState<ExecutionMode>("now");
  const scheduled = mode === "scheduled";
  const plan = useSchedulePlan(undefined, { active: scheduled });
  const [scheduleName, setScheduleName] = useState(`${scenarioName || "scenario"} schedule`);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function execute(event: FormEvent) {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    setErrors([]);
    const problems =
      scheduled && onSchedule ? await onSchedule({ name: scheduleName, ...plan.body() }) : await onExecute();
    if (problems) {
      setErrors(problems);
      setBusy(false);
    }
  }

  return (
    <Modal title={title} onClose={onClose} busy={busy} width={scheduled ? "max-w-3xl" : width}>
      <form onSubmit={execute}>
        <p className="mt-0.5 truncate text-sm text-slate-500">{scenarioName || "(unnamed scenario)"}</p>
        {children}
        {onSchedule && <ExecutionModeChoice mode={mode} onChange={setMode} />}
        {scheduled && (
          <ScheduledExecutionFields
            plan={plan}
            name={scheduleName}
            onNameChange={setScheduleName}
            loadNote={scheduleLoadNote}
          />
        )}
        <div className="mt-4 flex items-start gap-2">
          <input
            id={checkId}
            type="checkbox"
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
            className="mt-0.5 h-4 w-4 shrink-0"
          />
          <label htmlFor={checkId} className="text-sm text-slate-700">
            {COMPLIANCE_LABEL}
          </label>
        </div>
        {errors.length > 0 && (
          <ul role="alert" className="mt-3 list-inside list-disc rounded-md bg-red-50 p-2 text-xs text-red-700">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" onClick={onClose} disabled={busy} className={BUTTON}>
            Cancel
          </button>
          <button type="submit" disabled={!confirmed || busy} className={PRIMARY_BUTTON}>
            {scheduled ? (busy ? "Saving…" : "Save schedule") : busy ? "Starting…" : "Execute Now"}
          </button>
        </div>
      </form>
    </Modal>
  );
}
