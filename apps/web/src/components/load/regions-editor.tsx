"use client";

import { useState } from "react";
import { FieldHints } from "../editor/fields/field-hints";
import { IconButton } from "../editor/fields/icon-button";
import { NumberField } from "../editor/fields/number-field";
import { BUTTON, inputClass } from "../editor/fields/styles";
import { fieldId, useFieldIssues } from "../editor/model/issues";
import {
  addRegion,
  type Regions,
  regionRows,
  regionTotal,
  removeRegion,
  renameRegion,
  setRegionPercent,
} from "./regions";

const GRID = { gridTemplateColumns: "minmax(0,1fr) 6.5rem 1.75rem" };

/**
 * The run's split over regions: a label (the WORKER_REGION of the generators that take it) and a percent per
 * row. No rows: any generator in any region. A label another row already has is kept on screen with a hint
 * but not applied, so typing never merges two rows.
 */
export function RegionsEditor({
  regions,
  onChange,
}: {
  regions: Regions | undefined;
  onChange: (regions: Regions | undefined) => void;
}) {
  const [clash, setClash] = useState<{ index: number; text: string; reason: string } | null>(null);
  const rows = regionRows(regions);
  const listIssues = useFieldIssues("load.regions");
  const rename = (index: number, text: string) => {
    const result = renameRegion(regions ?? {}, index, text);
    if (!result.ok) return setClash({ index, text, reason: result.reason });
    setClash(null);
    onChange(result.regions);
  };
  return (
    <div className="col-span-2 space-y-1.5" data-testid="regions-editor">
      <div id={fieldId("load.regions")} tabIndex={-1} className="focus:outline-none">
        {rows.length === 0 ? (
          <p className="text-xs text-slate-500">Any region: the load goes to whichever generators have room.</p>
        ) : (
          <div className="grid gap-2 text-xs font-medium text-slate-500" style={GRID} aria-hidden="true">
            <span>Region</span>
            <span>Share of load</span>
          </div>
        )}
        {rows.map(([label, percent], i) => (
          <div key={i} className="mt-1.5 grid items-start gap-2" style={GRID} data-testid="region-row">
            <div>
              <input
                aria-label={`Region ${i + 1} label`}
                value={clash?.index === i ? clash.text : label}
                onChange={(e) => rename(i, e.target.value.trim())}
                placeholder="e.g. eu-west"
                aria-invalid={clash?.index === i || undefined}
                className={inputClass(clash?.index === i)}
              />
              {clash?.index === i && <FieldHints id={`region-${i}-clash`} issues={[clash.reason]} />}
            </div>
            <NumberField
              label={`Region ${i + 1} percent`}
              hideLabel
              suffix="%"
              min={1}
              max={100}
              value={percent}
              issuePath={`load.regions.${label}`}
              onChange={(v) => onChange(setRegionPercent(regions ?? {}, i, v ?? Number.NaN))}
            />
            <IconButton
              className="mt-1"
              label={`Remove region ${i + 1}`}
              icon="close"
              onClick={() => {
                setClash(null);
                onChange(removeRegion(regions ?? {}, i));
              }}
            />
          </div>
        ))}
        {rows.length > 0 && (
          <p className="mt-1 text-xs text-slate-500" data-testid="regions-total">
            {regionTotal(regions)}% of 100%
          </p>
        )}
        <FieldHints id={`${fieldId("load.regions")}-hints`} issues={listIssues} />
      </div>
      <button type="button" onClick={() => onChange(addRegion(regions))} className={`${BUTTON} text-xs`}>
        + Add region
      </button>
    </div>
  );
}
