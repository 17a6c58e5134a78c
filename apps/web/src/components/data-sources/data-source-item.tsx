"use client";

import type { TDataSourceBinding } from "@stampede/contracts";
import { formatInt } from "@/lib/format";
import { BUTTON } from "../editor/fields/styles";
import { columnCount } from "./binding";
import { BindingSettings } from "./binding-settings";
import { PreviewTable } from "./preview-table";
import { type DataSourceInfo, formatBytes, plural } from "./types";

/**
 * One data file: what is stored (rows, columns, size, first rows) and, when the scenario uses it, how it is
 * bound. A binding whose file is not stored (an imported scenario) says so instead of failing at run time.
 */
export function DataSourceItem({
  name,
  file,
  binding,
  issuePath,
  onBindingChange,
  onBind,
  onDelete,
}: {
  name: string;
  file: DataSourceInfo | undefined;
  binding: TDataSourceBinding | undefined;
  issuePath: string;
  onBindingChange: (binding: TDataSourceBinding | undefined) => void;
  onBind: () => void;
  onDelete: () => void;
}) {
  return (
    <li data-testid="data-source" className="space-y-3 rounded-lg border border-slate-200 p-3">
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-mono text-sm font-semibold text-slate-900">{name}</span>
        {file ? (
          <span className="text-xs text-slate-500" data-testid="data-source-stats">
            {plural(file.rowCount, "row", formatInt(file.rowCount))} · {plural(columnCount(file), "column")} ·{" "}
            {formatBytes(file.sizeBytes)}
          </span>
        ) : (
          <span className="text-xs font-medium text-red-700">File not uploaded: runs will fail until it is.</span>
        )}
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${binding ? "bg-emerald-50 text-emerald-700" : "bg-slate-100 text-slate-600"}`}
        >
          {binding ? "Bound" : "Not bound"}
        </span>
        <div className="ml-auto flex gap-2">
          {binding ? (
            <button type="button" className={`${BUTTON} text-xs`} onClick={() => onBindingChange(undefined)}>
              Unbind
            </button>
          ) : (
            <button type="button" className={`${BUTTON} text-xs`} onClick={onBind}>
              Bind to scenario
            </button>
          )}
          {file && (
            <button
              type="button"
              className={`${BUTTON} text-xs text-red-700`}
              onClick={onDelete}
              aria-label={`Delete file ${name}`}
            >
              Delete file
            </button>
          )}
        </div>
      </div>
      {binding && <BindingSettings binding={binding} onChange={onBindingChange} issuePath={issuePath} />}
      {file?.preview && file.preview.length > 0 && (
        <div>
          <p className="mb-1 text-xs font-medium text-slate-600">
            First {file.preview.length} row{file.preview.length === 1 ? "" : "s"}
          </p>
          <PreviewTable header={binding?.firstLineIsHeader === false ? [] : file.header} rows={file.preview} />
        </div>
      )}
    </li>
  );
}
