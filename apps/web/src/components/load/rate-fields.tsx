"use client";

import type { FlowApis, TLoadConfig, TRateLoad } from "@stampede/contracts";
import { NumberField } from "../editor/fields/number-field";
import { SelectField } from "../editor/fields/select-field";
import { FlowRatesEditor } from "./flow-rates-editor";
import { withTargetRate } from "./flow-rates";
import { rateRampKindOf, withRateRamp } from "./ramp";
import { StagesEditor } from "./stages-editor";

/**
 * TPS mode: Max VUs, duration, and the rate: from a start rate to the target over a ramp, or stages; with the
 * scenario's flows known, a rate per flow and funnels.
 */
export function RateFields({
  load,
  flows,
  onChange,
}: {
  load: TRateLoad;
  flows?: readonly FlowApis[];
  onChange: (l: TLoadConfig) => void;
}) {
  const set = (patch: Partial<TRateLoad>) => onChange({ ...load, ...patch });
  const ramp = rateRampKindOf(load);
  return (
    <div className="grid grid-cols-2 gap-3">
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
      <SelectField
        label="Ramp type"
        className="col-span-2"
        value={ramp}
        options={[
          { value: "linear", label: "Linear: start rate to target rate" },
          { value: "stages", label: "Stages (duration, target rate)" },
        ]}
        onChange={(kind) => onChange(withRateRamp(load, kind))}
      />
      {ramp === "linear" && (
        <>
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
            onChange={(v) => onChange(withTargetRate(load, v as number))}
          />
          <NumberField
            label="Ramp time"
            suffix="s"
            min={0}
            value={load.rampSeconds}
            issuePath="load.rampSeconds"
            onChange={(v) => set({ rampSeconds: v as number })}
          />
        </>
      )}
      {load.stages && (
        <StagesEditor
          stages={load.stages}
          mode="rate"
          durationSeconds={load.durationSeconds}
          onChange={(stages) => set({ stages })}
          onFitDuration={(durationSeconds) => set({ durationSeconds })}
        />
      )}
      {flows && flows.length > 0 && (
        <div className="col-span-2">
          <FlowRatesEditor load={load} flows={flows} onChange={onChange} />
        </div>
      )}
    </div>
  );
}
