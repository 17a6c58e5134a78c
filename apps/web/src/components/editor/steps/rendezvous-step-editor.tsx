"use client";

import type { TRendezvousStep } from "@stampede/contracts";
import { NumberField } from "../fields/number-field";
import { TextField } from "../fields/text-field";

/** Rendezvous: VUs wait here until enough have arrived (or the timeout passes), then go on together. */
export function RendezvousStepEditor({
  step,
  onChange,
  issuePath: p,
}: {
  step: TRendezvousStep;
  onChange: (step: TRendezvousStep) => void;
  issuePath: string;
}) {
  return (
    <div className="grid grid-cols-[minmax(0,14rem)_10rem_10rem_minmax(0,1fr)] items-start gap-3">
      <TextField
        label="Name"
        value={step.name}
        issuePath={`${p}.name`}
        onChange={(name) => onChange({ ...step, name })}
      />
      <NumberField
        label="Release at"
        suffix="VUs"
        min={1}
        value={step.users}
        issuePath={`${p}.users`}
        onChange={(users) => onChange({ ...step, users: users as number })}
      />
      <NumberField
        label="Timeout"
        suffix="ms"
        min={1}
        value={step.timeoutMs}
        issuePath={`${p}.timeoutMs`}
        onChange={(timeoutMs) => onChange({ ...step, timeoutMs: timeoutMs as number })}
      />
      <p className="self-end pb-2 text-xs text-slate-500">
        Waiting VUs are released together when this many have arrived, or when the timeout passes.
      </p>
    </div>
  );
}
