"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Refusal } from "@/lib/api-refusal";
import { callApi } from "@/lib/call-api";
import { Card } from "../card";
import { PRIMARY_BUTTON } from "../editor/fields/styles";
import { RefusalAlert } from "../refusal-alert";
import { CorrelationList } from "./correlation-list";
import { ImportExtras } from "./import-extras";
import { ImportNotes } from "./import-notes";
import { FORMAT_LABELS, ImportSource, type ImportSourceInput } from "./import-source";
import { ImportTarget, type ImportTargetChoice } from "./import-target";
import { choiceOf, type ImportPreviewResult, type ImportSelection, initialSelection } from "./import-view";
import { RequestFilters } from "./request-filters";
import { RequestTable } from "./request-table";
import { SecretList } from "./secret-list";

/** A name for the new scenario: the file's own title, else the file name without its extension. */
function defaultNameOf(result: ImportPreviewResult, fileName: string | undefined): string {
  return result.preview.title?.trim() || fileName?.replace(/\.[^.]+$/, "") || "Imported scenario";
}

/** Loads a recording's HAR from the Record page's hand-off (`?recording=<id>`) and previews it. */
function useRecordingHandOff(recording: string | undefined, preview: (input: ImportSourceInput) => Promise<void>) {
  const started = useRef(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  useEffect(() => {
    if (!recording || started.current) return;
    started.current = true;
    void fetch(`/api/v1/recordings/${encodeURIComponent(recording)}/har`).then(async (response) => {
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setRefusal({
          ok: false,
          error: `recording ${recording}: ${body.error ?? `HTTP ${response.status}`}`,
          issues: [],
        });
        return;
      }
      await preview({ fileName: `recording-${recording}.har`, format: "recording", content: await response.text() });
    });
  }, [recording, preview]);
  return refusal;
}

/**
 * The import: a file (or pasted cURL, or a recording) → a preview of its requests, correlations, secrets and
 * what is left out → the chosen requests in a new scenario or at the end of a flow → that scenario's editor.
 */
export function ImportPage({
  recording,
  appendTo,
}: {
  recording?: string;
  /** The flow the editor's "Append requests" came from: the preselected target. */
  appendTo?: { scenarioId: string; flow: string };
}) {
  const router = useRouter();
  const [source, setSource] = useState<ImportSourceInput | null>(null);
  const [result, setResult] = useState<ImportPreviewResult | null>(null);
  const [selection, setSelection] = useState<ImportSelection | null>(null);
  const [target, setTarget] = useState<ImportTargetChoice>({ kind: "new", name: "" });
  const [busy, setBusy] = useState(false);
  const [previewRefusal, setPreviewRefusal] = useState<Refusal | null>(null);
  const [importRefusal, setImportRefusal] = useState<Refusal | null>(null);

  const preview = useCallback(
    async (input: ImportSourceInput) => {
      setBusy(true);
      setPreviewRefusal(null);
      setImportRefusal(null);
      const answer = await callApi<ImportPreviewResult>("/api/v1/imports/preview", { method: "POST", body: input });
      setBusy(false);
      if (!answer.ok) {
        setPreviewRefusal(answer);
        return;
      }
      setSource(input);
      setResult(answer.body);
      setSelection(initialSelection(answer.body));
      setTarget(
        appendTo ? { kind: "append", ...appendTo } : { kind: "new", name: defaultNameOf(answer.body, input.fileName) },
      );
    },
    [appendTo],
  );
  const recordingRefusal = useRecordingHandOff(recording, preview);

  async function runImport() {
    if (!result || !selection) return;
    setBusy(true);
    setImportRefusal(null);
    const answer = await callApi<{ scenarioId: string }>("/api/v1/imports", {
      method: "POST",
      body: { preview: result.preview, choice: choiceOf(result, selection), target },
    });
    if (!answer.ok) {
      setBusy(false);
      setImportRefusal(answer);
      return;
    }
    router.push(`/scenarios/${answer.body.scenarioId}/edit`);
  }

  const chosen = result && selection ? choiceOf(result, selection).include.length : 0;
  return (
    <div className="space-y-6">
      <Card title="File">
        <ImportSource busy={busy} onPreview={(input) => void preview(input)} />
        <RefusalAlert refusal={previewRefusal ?? recordingRefusal} className="mx-4 mb-4" />
        {result && source && (
          <p data-testid="import-detected" className="border-t border-slate-100 px-4 py-2 text-sm text-slate-600">
            {source.fileName ?? "Pasted commands"}: {FORMAT_LABELS[result.preview.format]},{" "}
            {result.preview.requests.length} request{result.preview.requests.length === 1 ? "" : "s"}
          </p>
        )}
      </Card>
      {result && selection && (
        <>
          <Card title={`Requests (${chosen} of ${result.preview.requests.length} chosen)`}>
            <RequestFilters result={result} selection={selection} onChange={setSelection} />
            <RequestTable result={result} selection={selection} onChange={setSelection} />
          </Card>
          <CorrelationList result={result} selection={selection} onChange={setSelection} />
          <SecretList secrets={result.secrets} selection={selection} onChange={setSelection} />
          <ImportExtras preview={result.preview} />
          <ImportNotes notes={result.preview.notes} />
          <Card title="Import into">
            <ImportTarget target={target} defaultName={defaultNameOf(result, source?.fileName)} onChange={setTarget} />
            <RefusalAlert refusal={importRefusal} className="mx-4 mb-4" />
            <div className="flex justify-end border-t border-slate-100 px-4 py-3">
              <button type="button" className={PRIMARY_BUTTON} disabled={busy || chosen === 0} onClick={runImport}>
                {busy ? "Importing…" : `Import ${chosen} request${chosen === 1 ? "" : "s"}`}
              </button>
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
