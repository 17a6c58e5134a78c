"use client";

import type { TThinkStep } from "@stampede/contracts";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";

const DISTRIBUTIONS = [
  { value: "fixed", label: "Fixed" },
  { value: "uniform", label: "Uniform (min – max)" },
  { value: "normal", label: "Normal (mean ± stddev)" },
] as const;

/** Think time: a pause between operations, as a person would pause between screens. */
export function ThinkStepEditor({
  step,
  onChange,
  issuePath: p,
}: {
  step: TThinkStep;
  onChange: (step: TThinkStep) => void;
  issuePath: string;
}) {
  function setDistribution(distribution: TThinkStep["distribution"]) {
    // The schema needs maxMs for uniform and stddevMs for normal; offer a sensible value instead of an error.
    onChange({
      ...step,
      distribution,
      maxMs: distribution === "uniform" ? (step.maxMs ?? step.ms * 2) : undefined,
      stddevMs: distribution === "normal" ? (step.stddevMs ?? Math.round(step.ms / 4)) : undefined,
    });
  }
  const msLabel = step.distribution === "fixed" ? "Pause" : step.distribution === "uniform" ? "Minimum" : "Mean";
  return (
    <div className="grid grid-cols-[minmax(0,14rem)_14rem_9rem_9rem] items-start gap-3">
      <TextField
        label="Name"
        value={step.name}
        issuePath={`${p}.name`}
        onChange={(name) => onChange({ ...step, name })}
      />
      <SelectField
        label="Distribution"
        value={step.distribution}
        options={DISTRIBUTIONS}
        issuePath={`${p}.distribution`}
        onChange={setDistribution}
      />
      <NumberField
        label={msLabel}
        suffix="ms"
        min={0}
        value={step.ms}
        issuePath={`${p}.ms`}
        onChange={(ms) => onChange({ ...step, ms: ms as number })}
      />
      {step.distribution === "uniform" && (
        <NumberField
          label="Maximum"
          suffix="ms"
          min={0}
          value={step.maxMs}
          issuePath={`${p}.maxMs`}
          onChange={(maxMs) => onChange({ ...step, maxMs })}
        />
      )}
      {step.distribution === "normal" && (
        <NumberField
          label="Std deviation"
          suffix="ms"
          min={0}
          value={step.stddevMs}
          issuePath={`${p}.stddevMs`}
          onChange={(stddevMs) => onChange({ ...step, stddevMs })}
        />
      )}
    </div>
  );
}
