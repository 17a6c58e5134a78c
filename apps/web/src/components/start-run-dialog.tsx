"use client";

import type { TLoadConfig } from "@stampede/contracts";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createPortal } from "react-dom";
import { describeLoadPlan } from "./load/describe-load";
import { LoadPreviewChart } from "./load/load-preview-chart";

/** The Start dialog's prefill (`loadDefaults`). */
export interface LoadDefaults {
  vus: number;
  durationSeconds: number;
  rampUpSeconds: number;
  /** A saved load the three fields cannot hold (TPS, steps, stages, an iteration cap, a distribution): started as it is. */
  plan?: TLoadConfig;
}

/** "Start" → a small dialog with the load settings → "Execute Now" → the new run's live page. */
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
        <StartRunDialog
          scenarioId={scenarioId}
          scenarioName={scenarioName}
          defaults={defaults}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

function StartRunDialog({
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
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors([]);
    try {
      const response = await fetch(`/api/v1/scenarios/${scenarioId}/runs`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-stampede-trigger": "MANUAL" },
        body: JSON.stringify(
          defaults.plan ?? {
            mode: "concurrency",
            vus: Number(vus),
            durationSeconds: Number(duration),
            rampUpSeconds: Number(rampUp),
          },
        ),
      });
      const body = (await response.json()) as { run?: { id: string }; error?: string; issues?: string[] };
      if (!response.ok || !body.run) {
        setErrors(body.issues ?? [body.error ?? `request failed (${response.status})`]);
        setBusy(false);
        return;
      }
      router.push(`/runs/${body.run.id}`);
    } catch (error) {
      setErrors([(error as Error).message]);
      setBusy(false);
    }
  }

  // A portal: the Start button sits in table cells, whose alignment and stacking the dialog must not inherit.
  return createPortal(
    <div
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
      onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}
      onKeyDown={(e) => e.key === "Escape" && !busy && onClose()}
    >
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby="start-run-title"
        onSubmit={submit}
        className={`w-full ${defaults.plan ? "max-w-xl" : "max-w-sm"} rounded-lg bg-white p-5 text-left shadow-xl`}
      >
        <h2 id="start-run-title" className="text-base font-semibold text-slate-900">
          Start a run
        </h2>
        <p className="mt-0.5 truncate text-sm text-slate-500">{scenarioName}</p>
        {defaults.plan ? (
          <SavedPlan scenarioId={scenarioId} plan={defaults.plan} />
        ) : (
          <div className="mt-4 grid grid-cols-3 gap-3">
            <NumberField id="start-vus" label="Virtual users" value={vus} onChange={setVus} min={1} autoFocus />
            <NumberField id="start-duration" label="Duration (s)" value={duration} onChange={setDuration} min={1} />
            <NumberField id="start-ramp" label="Ramp-up (s)" value={rampUp} onChange={setRampUp} min={0} />
          </div>
        )}
        {errors.length > 0 && (
          <ul role="alert" className="mt-3 list-inside list-disc rounded-md bg-red-50 p-2 text-xs text-red-700">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        <div className="mt-5 flex justify-end gap-2">
          <button
            type="button"
            onClick={onClose}
            disabled={busy}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100"
          >
            Cancel
          </button>
          <button
            type="submit"
            disabled={busy}
            autoFocus={Boolean(defaults.plan)}
            className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-blue-700 disabled:opacity-60"
          >
            {busy ? "Starting…" : "Execute Now"}
          </button>
        </div>
      </form>
    </div>,
    document.body,
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
  autoFocus?: boolean;
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
        autoFocus={props.autoFocus}
        onChange={(e) => props.onChange(e.target.value)}
        className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm tabular-nums focus:border-blue-500 focus:ring-2 focus:ring-blue-200 focus:outline-none"
      />
    </div>
  );
}
