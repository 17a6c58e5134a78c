"use client";

import type { TConcurrencyLoad, TLoadConfig } from "@stampede/contracts";
import { NumberField } from "../editor/fields/number-field";
import { SelectField } from "../editor/fields/select-field";
import { rampKindOf, withRamp } from "./ramp";
import { StagesEditor } from "./stages-editor";

/** Concurrency mode: Max VUs, duration, how the VUs come up (none, linear, PTS steps, stages), an iteration cap. */
export function ConcurrencyFields({ load, onChange }: { load: TConcurrencyLoad; onChange: (l: TLoadConfig) => void }) {
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
          { value: "stages", label: "Stages (duration, target VUs)" },
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
      {load.stages && (
        <StagesEditor
          stages={load.stages}
          mode="concurrency"
          durationSeconds={load.durationSeconds}
          onChange={(stages) => set({ stages })}
          onFitDuration={(durationSeconds) => set({ durationSeconds })}
        />
      )}
      <NumberField
        label="Stop after"
        suffix="iterations"
        min={1}
        placeholder="no limit"
        value={load.iterations}
        issuePath="load.iterations"
        onChange={(iterations) => set({ iterations })}
      />
    </div>
  );
}
