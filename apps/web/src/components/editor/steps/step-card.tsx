"use client";

import type { TStep } from "@stampede/contracts";
import { useEffect, useState } from "react";
import { IconButton } from "../fields/icon-button";
import { Icon } from "../fields/icons";
import { ICON_BUTTON } from "../fields/styles";
import { HttpStepEditor } from "../http/http-step-editor";
import { useIssueCount, useIssueVersion } from "../model/issues";
import { DataStepEditor } from "./data-step-editor";
import { RendezvousStepEditor } from "./rendezvous-step-editor";
import { StepBadge, stepSummary } from "./step-summary";
import { ThinkStepEditor } from "./think-step-editor";

/** What a step's header buttons do; the list applies them. */
export interface StepActions {
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onMakeTokenProvider: () => void;
}

/** One API or instruction: a header (order, enable, duplicate, move, delete) over its collapsible editor. */
export function StepCard({
  step,
  index,
  issuePath,
  onChange,
  actions,
}: {
  step: TStep;
  index: number;
  issuePath: string;
  onChange: (step: TStep) => void;
  actions: StepActions;
}) {
  const [open, setOpen] = useState(true);
  const problems = useIssueCount(issuePath);
  const version = useIssueVersion();
  useEffect(() => {
    // A new save or debug result opens the steps it complains about, so the field message is visible. Only
    // a new set of issues reopens (hence `version` alone): collapsing stays the user's choice.
    if (problems > 0) setOpen(true);
  }, [version]);

  const label = step.name || `step ${index + 1}`;
  return (
    <li
      data-testid="step-card"
      className={`rounded-lg border bg-white ${problems > 0 ? "border-red-300" : "border-slate-200"} ${step.enabled ? "" : "opacity-70"}`}
    >
      <div className="flex items-center gap-2 px-3 py-2">
        <button
          type="button"
          aria-expanded={open}
          aria-label={`${open ? "Collapse" : "Expand"} ${label}`}
          onClick={() => setOpen(!open)}
          className={ICON_BUTTON}
        >
          <Icon name="chevron" className={`h-4 w-4 transition-transform ${open ? "rotate-90" : ""}`} />
        </button>
        <span className="w-5 text-right text-xs tabular-nums text-slate-400">{index + 1}</span>
        <StepBadge step={step} />
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-slate-900">
            {step.name || <span className="text-slate-400">(unnamed)</span>}
            {!step.enabled && <span className="ml-2 text-xs font-normal text-slate-500">(disabled)</span>}
            {problems > 0 && (
              <span className="ml-2 text-xs font-normal text-red-600">
                {problems} problem{problems === 1 ? "" : "s"}
              </span>
            )}
          </p>
          <p className="truncate font-mono text-xs text-slate-500">{stepSummary(step)}</p>
        </div>
        <label className="flex items-center gap-1.5 text-xs text-slate-600">
          <input
            type="checkbox"
            checked={step.enabled}
            aria-label={`Enable ${label}`}
            onChange={(e) => onChange({ ...step, enabled: e.target.checked })}
            className="h-4 w-4 focus-visible:ring-2 focus-visible:ring-blue-400"
          />
          Enabled
        </label>
        <div className="flex items-center">
          <IconButton label={`Move ${label} up`} icon="up" onClick={actions.onMoveUp} />
          <IconButton label={`Move ${label} down`} icon="down" onClick={actions.onMoveDown} />
          <IconButton label={`Duplicate ${label}`} icon="duplicate" onClick={actions.onDuplicate} />
          <IconButton label={`Delete ${label}`} icon="trash" onClick={actions.onDelete} />
        </div>
      </div>
      {open && (
        <div className="border-t border-slate-100 px-4 py-3">
          {step.type === "http" && (
            <HttpStepEditor
              step={step}
              onChange={onChange}
              issuePath={issuePath}
              onMakeTokenProvider={actions.onMakeTokenProvider}
            />
          )}
          {step.type === "think" && <ThinkStepEditor step={step} onChange={onChange} issuePath={issuePath} />}
          {step.type === "rendezvous" && <RendezvousStepEditor step={step} onChange={onChange} issuePath={issuePath} />}
          {step.type === "data" && <DataStepEditor step={step} onChange={onChange} issuePath={issuePath} />}
        </div>
      )}
    </li>
  );
}
