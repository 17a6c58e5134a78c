"use client";

import { DISTRIBUTION_DEFAULTS, type TLoadConfig } from "@stampede/contracts";
import { NumberField } from "../editor/fields/number-field";
import { SelectField } from "../editor/fields/select-field";
import { RegionsEditor } from "./regions-editor";

const WHEN_BUSY = [
  { value: "wait", label: "Wait for room" },
  { value: "fail", label: "Fail at once" },
] as const;

const ON_LOST = [
  { value: "reassign", label: "Move its shard to another generator" },
  { value: "continue", label: "Carry on without it" },
  { value: "fail", label: "Fail the run" },
] as const;

/**
 * Where the load is generated (regions and their shares, how many generators), and what a run does when
 * generators are busy or lost. Shared by both load models; an untouched field stays out of the saved load.
 */
export function DistributionFields({ load, onChange }: { load: TLoadConfig; onChange: (l: TLoadConfig) => void }) {
  const set = (patch: Partial<TLoadConfig>) => onChange({ ...load, ...patch } as TLoadConfig);
  const whenBusy = load.whenBusy ?? DISTRIBUTION_DEFAULTS.whenBusy;
  return (
    <fieldset className="grid grid-cols-2 gap-3 border-t border-slate-100 pt-3" data-testid="distribution">
      <legend className="col-span-2 pt-3 text-xs font-semibold tracking-wide text-slate-700 uppercase">
        Distribution
      </legend>
      <RegionsEditor regions={load.regions} onChange={(regions) => set({ regions })} />
      <NumberField
        label="Generators"
        min={1}
        placeholder="fewest that fit"
        value={load.generators}
        issuePath="load.generators"
        onChange={(generators) => set({ generators })}
      />
      <SelectField
        label="When generators are busy"
        value={whenBusy}
        options={WHEN_BUSY}
        issuePath="load.whenBusy"
        onChange={(v) => set({ whenBusy: v })}
      />
      {whenBusy === "wait" && (
        <NumberField
          label="Wait at most"
          suffix="s"
          min={1}
          max={86_400}
          placeholder={String(DISTRIBUTION_DEFAULTS.waitTimeoutSeconds)}
          value={load.waitTimeoutSeconds}
          issuePath="load.waitTimeoutSeconds"
          onChange={(waitTimeoutSeconds) => set({ waitTimeoutSeconds })}
        />
      )}
      <SelectField
        label="When a generator is lost"
        className="col-span-2"
        value={load.onGeneratorLost ?? DISTRIBUTION_DEFAULTS.onGeneratorLost}
        options={ON_LOST}
        issuePath="load.onGeneratorLost"
        onChange={(v) => set({ onGeneratorLost: v })}
      />
    </fieldset>
  );
}
