"use client";

import type { TConcurrencyLoad, TLoadConfig, TRateLoad } from "@stampede/contracts";
import { Card } from "../card";
import { NumberField } from "../editor/fields/number-field";
import { SelectField } from "../editor/fields/select-field";
import { describeLoadPlan } from "./describe-load";
import { LoadPreviewChart } from "./load-preview-chart";
import { rampKindOf, withMode, withRamp } from "./ramp";

const MODES = [
  { value: "concurrency", label: "Concurrency (VUs)" },
  { value: "rate", label: "TPS (arrival rate)" },
] as const;

/**
 * The load a run gets by default: concurrency (VUs looping over their flow) or TPS (iterations started on a
 * schedule, dropped when no VU is free), with a preview of the plan over time.
 */
export function LoadSettingsPanel({ load, onChange }: { load: TLoadConfig; onChange: (load: TLoadConfig) => void }) {
  return (
    <Card title="Load settings">
      <div className="grid grid-cols-[minmax(0,22rem)_minmax(0,1fr)] gap-6 p-4" data-testid="load-settings">
        <div className="space-y-3">
          <fieldset className="flex gap-4">
            <legend className="sr-only">Load model</legend>
            {MODES.map((m) => (
              <label key={m.value} className="flex items-center gap-1.5 text-sm text-slate-700">
                <input
                  type="radio"
                  name="load-mode"
                  checked={load.mode === m.value}
                  onChange={() => onChange(withMode(load, m.value))}
                />
                {m.label}
              </label>
            ))}
          </fieldset>
          {load.mode === "concurrency" ? (
            <ConcurrencyFields load={load} onChange={onChange} />
          ) : (
            <RateFields load={load} onChange={onChange} />
          )}
          {load.stages && (
            <p className="text-xs text-amber-700">Explicit stages (set through the API) override the ramp.</p>
          )}
        </div>
        <div className="min-w-0">
          <p className="mb-1 text-xs font-medium text-slate-600" data-testid="load-summary">
            {describeLoadPlan(load)}
          </p>
          <LoadPreviewChart load={load} />
        </div>
      </div>
    </Card>
  );
}

function ConcurrencyFields({ load, onChange }: { load: TConcurrencyLoad; onChange: (l: TLoadConfig) => void }) {
  const set = (patch: Partial<TConcurrencyLoad>) => onChange({ ...load, ...patch });
  const ramp = rampKindOf(load);
  return (
    <div className="grid grid-cols-2 gap-3">
      <NumberField
        label="Max VUs"
        min={1}
        value={load.vus}
        issuePath="load.vus"
        onChange={(v) => set({ vus: v as number })}
      />
      <NumberField
        label="Duration"
        suffix="s"
        min={1}
        value={load.durationSeconds}
        issuePath="load.durationSeconds"
        onChange={(v) => set({ durationSeconds: v as number })}
      />
      <SelectField
        label="Ramp-up type"
        className="col-span-2"
        value={ramp}
        options={[
          { value: "none", label: "None: all VUs at once" },
          { value: "linear", label: "Linear" },
          { value: "step", label: "Steps (start %, increment %)" },
        ]}
        onChange={(kind) => onChange(withRamp(load, kind))}
      />
      {ramp === "linear" && (
        <NumberField
          label="Ramp-up time"
          suffix="s"
          min={0}
          value={load.rampUpSeconds}
          issuePath="load.rampUpSeconds"
          onChange={(v) => set({ rampUpSeconds: v as number })}
        />
      )}
      {ramp === "step" && (
        <>
          <NumberField
            label="Start"
            suffix="%"
            min={1}
            max={100}
            value={load.startPercent}
            issuePath="load.startPercent"
            onChange={(v) => set({ startPercent: v })}
          />
          <NumberField
            label="Increment"
            suffix="%"
            min={1}
            max={100}
            value={load.incrementPercent}
            issuePath="load.incrementPercent"
            onChange={(v) => set({ incrementPercent: v })}
          />
          <NumberField
            label="Step duration"
            suffix="s"
            min={1}
            value={load.stepDurationSeconds}
            issuePath="load.stepDurationSeconds"
            onChange={(v) => set({ stepDurationSeconds: v })}
          />
        </>
      )}
    </div>
  );
}

function RateFields({ load, onChange }: { load: TRateLoad; onChange: (l: TLoadConfig) => void }) {
  const set = (patch: Partial<TRateLoad>) => onChange({ ...load, ...patch });
  return (
    <div className="grid grid-cols-2 gap-3">
      <NumberField
        label="Start rate"
        suffix="/s"
        min={0}
        value={load.startRate}
        issuePath="load.startRate"
        onChange={(v) => set({ startRate: v })}
      />
      <NumberField
        label="Target rate"
        suffix="/s"
        min={1}
        value={load.targetRate}
        issuePath="load.targetRate"
        onChange={(v) => set({ targetRate: v as number })}
      />
      <NumberField
        label="Ramp time"
        suffix="s"
        min={0}
        value={load.rampSeconds}
        issuePath="load.rampSeconds"
        onChange={(v) => set({ rampSeconds: v as number })}
      />
      <NumberField
        label="Max VUs"
        min={1}
        value={load.maxVus}
        issuePath="load.maxVus"
        onChange={(v) => set({ maxVus: v as number })}
      />
      <NumberField
        label="Duration"
        suffix="s"
        min={1}
        value={load.durationSeconds}
        issuePath="load.durationSeconds"
        onChange={(v) => set({ durationSeconds: v as number })}
      />
    </div>
  );
}
