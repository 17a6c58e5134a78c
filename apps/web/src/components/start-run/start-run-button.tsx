"use client";

import type { TLoadConfig } from "@stampede/contracts";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeLoadPlan } from "../load/describe-load";
import { LoadPreviewChart } from "../load/load-preview-chart";
import { requestRunStart } from "./request-run-start";
import { requestScheduleCreate, schedulesOf } from "./request-schedule-create";
import { type ScheduleRequest, StartRunDialog } from "./start-run-dialog";

/** The Start dialog's prefill (`loadDefaults`). */
export interface LoadDefaults {
  vus: number;
  durationSeconds: number;
  rampUpSeconds: number;
  /** A saved load the three fields cannot hold (TPS, steps, stages, an iteration cap, a distribution): started as it is. */
  plan?: TLoadConfig;
}

/**
 * "Start" (scenario list and scenario page) → the Start dialog with the load → "Execute Now" → the run's page,
 * or "Scheduled" → a schedule of the scenario → its page's Schedules card.
 */
export function StartRunButton({
  scenarioId,
  scenarioName,
  defaults,
}: {
  scenarioId: string;
  scenarioName: string;
  defaults: LoadDefaults;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-blue-700"
      >
        Start
      </button>
      {open && (
        <StartWithLoad
          scenarioId={scenarioId}
          scenarioName={scenarioName}
          defaults={defaults}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

function StartWithLoad({
  scenarioId,
  scenarioName,
  defaults,
  onClose,
}: {
  scenarioId: string;
  scenarioName: string;
  defaults: LoadDefaults;
  onClose: () => void;
}) {
  const router = useRouter();
  const [vus, setVus] = useState(String(defaults.vus));
  const [duration, setDuration] = useState(String(defaults.durationSeconds));
  const [rampUp, setRampUp] = useState(String(defaults.rampUpSeconds));

  const entered = {
    mode: "concurrency" as const,
    vus: Number(vus),
    durationSeconds: Number(duration),
    rampUpSeconds: Number(rampUp),
  } satisfies TLoadConfig;

  async function execute(): Promise<string[] | null> {
    const started = await requestRunStart(scenarioId, defaults.plan ?? entered);
    if (!started.ok) return started.issues.length ? started.issues : [started.error];
    router.push(`/runs/${started.runId}`);
    return null;
  }

  /** Scheduled runs take the load typed here; left as prefilled (or a saved plan), the scenario's load at each fire. */
  async function schedule(request: ScheduleRequest): Promise<string[] | null> {
    const changed =
      !defaults.plan &&
      (entered.vus !== defaults.vus ||
        entered.durationSeconds !== defaults.durationSeconds ||
        entered.rampUpSeconds !== defaults.rampUpSeconds);
    const problems = await requestScheduleCreate(scenarioId, request, changed ? entered : null);
    if (problems) return problems;
    onClose();
    router.push(schedulesOf(scenarioId));
    router.refresh();
    return null;
  }

  return (
    <StartRunDialog
      title="Start a run"
      scenarioName={scenarioName}
      width={defaults.plan ? "max-w-xl" : "max-w-md"}
      onExecute={execute}
      onSchedule={schedule}
      scheduleLoadNote={
        defaults.plan
          ? "Scheduled runs use the scenario's saved load, as it is when each one fires."
          : "Scheduled runs use the load above; left as prefilled, the scenario's saved load as it is when each one fires."
      }
      onClose={onClose}
    >
      {defaults.plan ? (
        <SavedPlan scenarioId={scenarioId} plan={defaults.plan} />
      ) : (
        <div className="mt-4 grid grid-cols-3 gap-3">
          <NumberField id="start-vus" label="Virtual users" value={vus} onChange={setVus} min={1} />
          <NumberField id="start-duration" label="Duration (s)" value={duration} onChange={setDuration} min={1} />
          <NumberField id="start-ramp" label="Ramp-up (s)" value={rampUp} onChange={setRampUp} min={0} />
        </div>
      )}
    </StartRunDialog>
  );
}

/** The saved load as the editor's Load settings show it: the same sentence and preview chart. */
function SavedPlan({ scenarioId, plan }: { scenarioId: string; plan: TLoadConfig }) {
  return (
    <div className="mt-4">
      <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="start-load-plan">
        {describeLoadPlan(plan)}
      </p>
      <div className="mt-2">
        <LoadPreviewChart load={plan} />
      </div>
      <p className="mt-2 text-xs text-slate-500">
        The scenario&apos;s saved load settings.{" "}
        <Link href={`/scenarios/${scenarioId}/edit`} className="text-blue-600 hover:underline">
          Change them in the editor
        </Link>
        .
      </p>
    </div>
  );
}

function NumberField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  min: number;
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-xs font-medium text-slate-600">
        {props.label}
      </label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        required
        min={props.min}
        step={1}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm tabular-nums focus:border-blue-500 focus:ring-2 focus:ring-blue-200 focus:outline-none"
      />
    </div>
  );
}
