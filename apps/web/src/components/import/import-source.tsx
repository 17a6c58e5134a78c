"use client";

import { IMPORT_FORMATS, type TImportFormat } from "@stampede/contracts";
import { useState } from "react";
import { BUTTON, INPUT, LABEL, PRIMARY_BUTTON } from "../editor/fields/styles";

/** What the user gives the preview: a file's text (or pasted commands), its name, and a format if chosen. */
export interface ImportSourceInput {
  fileName?: string;
  format?: TImportFormat;
  content: string;
}

/** Names of the formats as people know them. */
export const FORMAT_LABELS: Record<TImportFormat, string> = {
  har: "HAR",
  curl: "cURL",
  postman: "Postman collection",
  openapi: "OpenAPI / Swagger",
  jmeter: "JMeter (.jmx)",
  recording: "Recording",
};

/** The files the picker offers; the format is still told from the content. */
const ACCEPT = ".har,.json,.yaml,.yml,.jmx,.txt,.sh,.cmd,.bat,application/json,text/plain";

/** Choose a file or paste cURL commands, then ask for the preview. */
export function ImportSource({ busy, onPreview }: { busy: boolean; onPreview: (input: ImportSourceInput) => void }) {
  const [format, setFormat] = useState<TImportFormat | "">("");
  const [pasted, setPasted] = useState("");

  async function readFile(file: File) {
    onPreview({ fileName: file.name, format: format || undefined, content: await file.text() });
  }

  return (
    <div className="space-y-4 p-4">
      <div className="max-w-xs">
        <label htmlFor="import-format" className={LABEL}>
          Format
        </label>
        <select
          id="import-format"
          value={format}
          onChange={(e) => setFormat(e.target.value as TImportFormat | "")}
          className={`${INPUT} mt-1 border-slate-300`}
        >
          <option value="">Detect from the file</option>
          {IMPORT_FORMATS.filter((f) => f !== "recording").map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="import-file" className={LABEL}>
          File (HAR, Postman collection, OpenAPI or Swagger document, JMeter test plan, cURL commands)
        </label>
        <input
          id="import-file"
          type="file"
          accept={ACCEPT}
          disabled={busy}
          data-testid="import-source-file"
          className="mt-1 block text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-2.5 file:py-1 file:text-sm"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
            e.target.value = "";
          }}
        />
      </div>
      <div>
        <label htmlFor="import-paste" className={LABEL}>
          Or paste cURL commands (bash or Windows quoting; one or many)
        </label>
        <textarea
          id="import-paste"
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          rows={6}
          spellCheck={false}
          placeholder="curl 'https://api.example.com/items' -H 'Authorization: Bearer …'"
          className={`${INPUT} mt-1 border-slate-300 font-mono text-xs`}
        />
        <div className="mt-2 flex gap-2">
          <button
            type="button"
            className={PRIMARY_BUTTON}
            disabled={busy || pasted.trim() === ""}
            onClick={() => onPreview({ format: format || "curl", content: pasted })}
          >
            {busy ? "Reading…" : "Preview pasted commands"}
          </button>
          {pasted !== "" && (
            <button type="button" className={BUTTON} onClick={() => setPasted("")}>
              Clear
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
