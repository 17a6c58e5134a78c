"use client";

import { stageSeconds, stagesFit, type TStage } from "@stampede/contracts";
import { useState } from "react";
import { FieldHints } from "../editor/fields/field-hints";
import { IconButton } from "../editor/fields/icon-button";
import { NumberField } from "../editor/fields/number-field";
import { BUTTON } from "../editor/fields/styles";
import { newKey } from "../editor/model/draft";
import { fieldId, useFieldIssues } from "../editor/model/issues";
import { moveItem, nextStage } from "./stages";

const ENDS_STYLE = { runs: "text-slate-500", cut: "text-amber-700", never: "text-slate-400 line-through" };
const ENDS_TITLE = {
  runs: undefined,
  cut: "The run ends during this stage",
  never: "After the end of the run: this stage never runs",
};

const GRID = { gridTemplateColumns: "minmax(0,1fr) minmax(0,1fr) 3.25rem 5.25rem" };

/**
 * Explicit stages: each row moves the VUs (or the rate) in a straight line from the previous row's target
 * (0 before the first) to its own over its duration. Rows keep a key of their own, so moving one keeps
 * keyboard focus on it.
 */
export function StagesEditor({
  stages,
  onChange,
  mode,
  durationSeconds,
  onFitDuration,
}: {
  stages: TStage[];
  onChange: (stages: TStage[]) => void;
  mode: "concurrency" | "rate";
  durationSeconds: number;
  /** Sets the run's duration to the stages' total. */
  onFitDuration: (seconds: number) => void;
}) {
  const [ownKeys, setKeys] = useState<string[]>(() => stages.map(() => newKey()));
  // Stages replaced from outside (another ramp, another scenario) get fresh keys where they have none.
  const keys = stages.map((_, i) => ownKeys[i] ?? `extra-${i}`);
  const change = (next: TStage[], nextKeys: string[]) => {
    setKeys(nextKeys);
    onChange(next);
  };
  const update = (i: number, patch: Partial<TStage>) =>
    onChange(stages.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (from: number, to: number) => change(moveItem(stages, from, to), moveItem(keys, from, to));
  const remove = (i: number) =>
    change(
      stages.filter((_, j) => j !== i),
      keys.filter((_, j) => j !== i),
    );
  const targetLabel = mode === "concurrency" ? "target VUs" : "target rate";
  const listIssues = useFieldIssues("load.stages");
  let endsAt = 0;

  return (
    <div className="col-span-2 space-y-1.5" data-testid="stages-editor">
      <div id={fieldId("load.stages")} tabIndex={-1} className="focus:outline-none">
        {stages.length > 0 && (
          <div className="grid gap-2 text-xs font-medium text-slate-500" style={GRID} aria-hidden="true">
            <span>Duration</span>
            <span>{mode === "concurrency" ? "Target VUs" : "Target rate"}</span>
            <span>Ends at</span>
          </div>
        )}
        {stages.map((stage, i) => {
          const startsAt = endsAt;
          endsAt += stageSeconds(stage);
          // Past the run's end a stage never runs; one the end falls in is cut short.
          const ends = startsAt >= durationSeconds ? "never" : endsAt > durationSeconds ? "cut" : "runs";
          return (
            <div key={keys[i]} className="mt-1.5 grid items-start gap-2" style={GRID} data-testid="stage-row">
              <NumberField
                label={`Stage ${i + 1} duration`}
                hideLabel
                suffix="s"
                min={1}
                value={stage.durationSeconds}
                issuePath={`load.stages.${i}.durationSeconds`}
                onChange={(v) => update(i, { durationSeconds: v as number })}
              />
              <NumberField
                label={`Stage ${i + 1} ${targetLabel}`}
                hideLabel
                suffix={mode === "concurrency" ? "VUs" : "/s"}
                min={0}
                value={stage.target}
                issuePath={`load.stages.${i}.target`}
                onChange={(v) => update(i, { target: v as number })}
              />
              <span
                className={`pt-2 text-xs tabular-nums ${ENDS_STYLE[ends]}`}
                title={ENDS_TITLE[ends]}
                data-testid="stage-ends-at"
              >
                {endsAt} s
              </span>
              <div className="flex items-center">
                <IconButton
                  className="mt-1"
                  label={`Move stage ${i + 1} up`}
                  icon="up"
                  onClick={i > 0 ? () => move(i, i - 1) : undefined}
                />
                <IconButton
                  className="mt-1"
                  label={`Move stage ${i + 1} down`}
                  icon="down"
                  onClick={i < stages.length - 1 ? () => move(i, i + 1) : undefined}
                />
                <IconButton className="mt-1" label={`Remove stage ${i + 1}`} icon="close" onClick={() => remove(i)} />
              </div>
            </div>
          );
        })}
        <FieldHints id={`${fieldId("load.stages")}-hints`} issues={listIssues} />
      </div>
      <button
        type="button"
        onClick={() => change([...stages, nextStage(stages)], [...keys, newKey()])}
        className={`${BUTTON} text-xs`}
      >
        + Add stage
      </button>
      <StagesFitNote stages={stages} durationSeconds={durationSeconds} mode={mode} onFitDuration={onFitDuration} />
    </div>
  );
}

/** Says how the stages fit the run's duration, which the engine keeps whatever the stages add up to. */
function StagesFitNote({
  stages,
  durationSeconds,
  mode,
  onFitDuration,
}: {
  stages: TStage[];
  durationSeconds: number;
  mode: "concurrency" | "rate";
  onFitDuration: (seconds: number) => void;
}) {
  const fit = stagesFit(stages, durationSeconds);
  if (stages.length === 0 || fit.stagesSeconds === 0 || !Number.isFinite(durationSeconds)) return null;
  const unit = mode === "concurrency" ? " VUs" : "/s";
  const text =
    fit.kind === "exact"
      ? `The stages last ${fit.stagesSeconds} s, the whole run.`
      : fit.kind === "shorter"
        ? `The stages last ${fit.stagesSeconds} s of the ${durationSeconds} s run: the last target, ${fit.holdTarget}${unit}, holds for the remaining ${fit.holdSeconds} s.`
        : `The stages last ${fit.stagesSeconds} s, but the run ends at ${durationSeconds} s, ${fit.atStageEnd ? "as" : "during"} stage ${fit.endsInStage}${fit.atStageEnd ? " ends" : ""}: the last ${fit.cutSeconds} s of stages never run.`;
  return (
    <div className="flex items-start gap-2">
      <p
        className={`flex-1 text-xs ${fit.kind === "longer" ? "text-amber-700" : "text-slate-500"}`}
        data-testid="stages-fit"
      >
        {text}
      </p>
      {fit.kind !== "exact" && (
        <button type="button" onClick={() => onFitDuration(fit.stagesSeconds)} className={`${BUTTON} shrink-0 text-xs`}>
          Set duration to {fit.stagesSeconds} s
        </button>
      )}
    </div>
  );
}
