"use client";

import { MAX_DATA_SOURCE_BYTES } from "@stampede/contracts";
import { useRef, useState, type DragEvent } from "react";
import { BUTTON } from "../editor/fields/styles";
import { type DataSourceInfo, formatBytes, type UploadRefusal } from "./types";
import { uploadCsv } from "./upload-csv";

/**
 * Choose or drop a CSV file; it is uploaded at once with a progress bar. A refused file shows the server's
 * reasons (file, line, what is wrong) and leaves every stored file as it was.
 */
export function CsvUploadZone({
  scenarioId,
  onUploaded,
}: {
  scenarioId: string;
  onUploaded: (file: DataSourceInfo, firstLineIsHeader: boolean) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [firstLineIsHeader, setFirstLineIsHeader] = useState(true);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [refusal, setRefusal] = useState<(UploadRefusal & { fileName: string }) | null>(null);
  const [dragging, setDragging] = useState(false);

  async function send(file: File) {
    setRefusal(null);
    if (file.size > MAX_DATA_SOURCE_BYTES) {
      setRefusal({
        fileName: file.name,
        error: `${file.name} is ${formatBytes(file.size)}; the limit is 100 MB`,
        issues: [],
      });
      return;
    }
    setProgress({ name: file.name, fraction: 0 });
    const result = await uploadCsv(scenarioId, file, firstLineIsHeader, (fraction) =>
      setProgress({ name: file.name, fraction }),
    );
    setProgress(null);
    if (input.current) input.current.value = "";
    if (result.ok) onUploaded(result.dataSource, firstLineIsHeader);
    else setRefusal({ fileName: file.name, ...result.refusal });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void send(file);
  }

  return (
    <div className="space-y-2">
      <div
        data-testid="csv-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-wrap items-center gap-4 rounded-lg border-2 border-dashed px-4 py-4 ${
          dragging ? "border-blue-400 bg-blue-50" : "border-slate-300 bg-slate-50"
        }`}
      >
        <button type="button" onClick={() => input.current?.click()} disabled={progress !== null} className={BUTTON}>
          Choose CSV file…
        </button>
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          aria-label="CSV file"
          data-testid="csv-file-input"
          className="hidden"
          onChange={(e) => e.target.files?.[0] && void send(e.target.files[0])}
        />
        <div className="min-w-0 flex-1 text-sm text-slate-600">
          <p>or drop a CSV file here.</p>
          <p className="text-xs text-slate-500">
            Up to 100 MB, UTF-8, comma-separated. A file with the same name replaces the stored one.
          </p>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={firstLineIsHeader}
            onChange={(e) => setFirstLineIsHeader(e.target.checked)}
            className="h-4 w-4"
          />
          Use First Line as Parameter Name
        </label>
      </div>
      {progress && (
        <div className="space-y-1" data-testid="upload-progress">
          <p className="text-xs text-slate-600">
            {/* Once every byte is sent the server still parses the whole file before it answers. */}
            {progress.fraction < 1
              ? `Uploading ${progress.name}… ${Math.round(progress.fraction * 100)}%`
              : `Checking ${progress.name}…`}
          </p>
          <div
            role="progressbar"
            aria-label={`Uploading ${progress.name}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress.fraction * 100)}
            className="h-2 overflow-hidden rounded bg-slate-200"
          >
            <div className="h-full bg-blue-600 transition-[width]" style={{ width: `${progress.fraction * 100}%` }} />
          </div>
        </div>
      )}
      {refusal && (
        <div
          role="alert"
          data-testid="upload-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <p className="font-medium">
            {refusal.fileName} was not stored: {refusal.error}
          </p>
          {refusal.issues.length > 0 && (
            <ul className="mt-1 list-inside list-disc font-mono text-xs">
              {refusal.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
          <p className="mt-1 text-xs text-red-700">Files already stored are unchanged.</p>
        </div>
      )}
    </div>
  );
}
