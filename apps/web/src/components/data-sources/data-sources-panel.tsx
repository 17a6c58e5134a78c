"use client";

import type { TDataSourceBinding } from "@stampede/contracts";
import { useState } from "react";
import { Card } from "../card";
import { PRIMARY_BUTTON } from "../editor/fields/styles";
import { bindingFor, rebind } from "./binding";
import { CsvUploadZone } from "./csv-upload-zone";
import { DataSourceItem } from "./data-source-item";
import type { DataSourceInfo } from "./types";

/**
 * PTS "Data Sources": upload CSV files to the saved scenario and bind them. Files are stored at once; a
 * binding is part of the scenario and is kept when the scenario is saved.
 */
export function DataSourcesPanel({
  scenarioId,
  files,
  listError,
  bindings,
  onBindingsChange,
  onUploaded,
  onDeleteFile,
  onSaveFirst,
}: {
  scenarioId: string | undefined;
  files: DataSourceInfo[] | null;
  listError: string | null;
  bindings: TDataSourceBinding[];
  onBindingsChange: (bindings: TDataSourceBinding[]) => void;
  onUploaded: (file: DataSourceInfo) => void;
  onDeleteFile: (name: string) => Promise<string | null>;
  onSaveFirst: () => void;
}) {
  const [deleteError, setDeleteError] = useState<string | null>(null);
  if (!scenarioId) {
    return (
      <Card title="Data sources">
        <div className="flex items-center justify-between gap-4 px-4 py-4" data-testid="data-sources-unsaved">
          <p className="text-sm text-slate-500">
            Data files belong to a saved scenario. Save this scenario first, then upload CSV files (up to 100 MB).
          </p>
          <button type="button" className={PRIMARY_BUTTON} onClick={onSaveFirst}>
            Save scenario
          </button>
        </div>
      </Card>
    );
  }

  const setBinding = (name: string, next: TDataSourceBinding | undefined) => {
    const others = bindings.filter((b) => b.name !== name);
    const exists = bindings.some((b) => b.name === name);
    if (!next) onBindingsChange(others);
    else onBindingsChange(exists ? bindings.map((b) => (b.name === name ? next : b)) : [...bindings, next]);
  };

  function uploaded(file: DataSourceInfo, firstLineIsHeader: boolean) {
    onUploaded(file);
    const existing = bindings.find((b) => b.name === file.name);
    setBinding(file.name, existing ? rebind(existing, file, firstLineIsHeader) : bindingFor(file, firstLineIsHeader));
  }

  // Stored files and bindings without a file, in one list.
  const names = [...new Set([...(files ?? []).map((f) => f.name), ...bindings.map((b) => b.name)])].sort();
  return (
    <Card title="Data sources">
      <div className="space-y-4 p-4" data-testid="data-sources-panel">
        <CsvUploadZone scenarioId={scenarioId} onUploaded={uploaded} />
        {(listError || deleteError) && (
          <p role="alert" className="text-sm text-red-700">
            {listError ?? deleteError}
          </p>
        )}
        {files === null ? (
          <p className="text-sm text-slate-500">Loading data files…</p>
        ) : names.length === 0 ? (
          <p className="text-sm text-slate-500">
            No data files yet. Upload a CSV such as token.csv to feed parameters.
          </p>
        ) : (
          <ul className="space-y-3">
            {names.map((name) => {
              const file = files.find((f) => f.name === name);
              const index = bindings.findIndex((b) => b.name === name);
              return (
                <DataSourceItem
                  key={name}
                  name={name}
                  file={file}
                  binding={bindings[index]}
                  issuePath={`spec.dataSources.${index}`}
                  onBindingChange={(b) => setBinding(name, b)}
                  onBind={() => file && setBinding(name, bindingFor(file, file.header.length > 0))}
                  onDelete={async () => {
                    const error = await onDeleteFile(name);
                    setDeleteError(error);
                    if (!error) setBinding(name, undefined);
                  }}
                />
              );
            })}
          </ul>
        )}
      </div>
    </Card>
  );
}
