"use client";

import type { ReactNode } from "react";
import { Icon } from "./icons";
import { BUTTON, ICON_BUTTON } from "./styles";

/**
 * An editable table of rows (headers, outputs, checkpoints, ...): one line per row, a delete button at the
 * end, "Add" below. The caller renders each row's cells; this owns adding, removing and the layout.
 */
export function RowsEditor<T>({
  rows,
  onChange,
  newRow,
  columns,
  renderRow,
  itemLabel,
  emptyText,
  testId,
}: {
  rows: T[];
  onChange: (rows: T[]) => void;
  newRow: () => T;
  /** Column headings and their grid track sizes (CSS grid-template-columns pieces). */
  columns: { header: string; track: string }[];
  renderRow: (row: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  /** "header", "output parameter": used in button labels. */
  itemLabel: string;
  emptyText: string;
  testId?: string;
}) {
  const grid = { gridTemplateColumns: `${columns.map((c) => c.track).join(" ")} 2rem` };
  const update = (index: number, patch: Partial<T>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <div data-testid={testId}>
      {rows.length === 0 ? (
        <p className="py-2 text-sm text-slate-400">{emptyText}</p>
      ) : (
        <div className="space-y-1.5">
          <div className="grid gap-2 text-xs font-medium text-slate-500" style={grid} aria-hidden="true">
            {columns.map((c) => (
              <span key={c.header}>{c.header}</span>
            ))}
          </div>
          {rows.map((row, index) => (
            <div key={index} className="grid items-start gap-2" style={grid}>
              {renderRow(row, index, (patch) => update(index, patch))}
              <button
                type="button"
                aria-label={`Remove ${itemLabel} ${index + 1}`}
                title={`Remove ${itemLabel}`}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
                className={`${ICON_BUTTON} mt-1`}
              >
                <Icon name="close" />
              </button>
            </div>
          ))}
        </div>
      )}
      <button type="button" onClick={() => onChange([...rows, newRow()])} className={`${BUTTON} mt-2 text-xs`}>
        + Add {itemLabel}
      </button>
    </div>
  );
}
