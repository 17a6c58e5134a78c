"use client";

import { flowApisOf, scenarioApiNames } from "@stampede/contracts";
import { useMemo, useState } from "react";
import { DataSourcesPanel } from "../data-sources/data-sources-panel";
import { useDataSourceFiles } from "../data-sources/use-data-source-files";
import { DebugPanel } from "../debug/debug-panel";
import { LoadSettingsPanel } from "../load/load-settings-panel";
import { ConflictDialog } from "./conflict-dialog";
import { EditorToolbar } from "./editor-toolbar";
import { FlowsPanel } from "./flows-panel";
import { IssueSummary } from "./issue-summary";
import { type StoredScenario, toSpec } from "./model/draft";
import { fetchScenario } from "./model/api";
import { IssuesContext } from "./model/issues";
import { flowParams, scenarioWideParams } from "./model/references";
import { ParametersPanel } from "./params/parameters-panel";
import { ToastProvider, useToast } from "./params/toast";
import type { ScheduleRequest } from "../start-run/start-run-dialog";
import { SaveStartDialog } from "./save-start-dialog";
import { StopConditionsPanel } from "./stop-conditions-panel";
import { ScenarioBasics } from "./scenario-basics";
import { TokenProviderPanel } from "./token/token-provider-panel";
import { useScenarioEditor } from "./use-scenario-editor";

/** The PTS-style scenario editor: a new scenario (no `initial`) or an existing one. */
export function ScenarioEditor({ initial }: { initial: StoredScenario | null }) {
  // Reloading after a conflict starts the editor afresh from the stored scenario: every field's state goes.
  const [loaded, setLoaded] = useState({ scenario: initial, generation: 0 });
  return (
    <ToastProvider>
      <EditorBody
        key={loaded.generation}
        initial={loaded.scenario}
        onReloaded={(scenario) => setLoaded((prev) => ({ scenario, generation: prev.generation + 1 }))}
      />
    </ToastProvider>
  );
}

function EditorBody({
  initial,
  onReloaded,
}: {
  initial: StoredScenario | null;
  onReloaded: (scenario: StoredScenario) => void;
}) {
  const editor = useScenarioEditor(initial);
  const { draft, setDraft, issueState } = editor;
  const toast = useToast();
  const files = useDataSourceFiles(editor.id);
  const [starting, setStarting] = useState(false);

  const headers = useMemo(() => Object.fromEntries((files.files ?? []).map((f) => [f.name, f.header])), [files.files]);
  const wide = useMemo(() => scenarioWideParams(draft.spec, headers), [draft.spec, headers]);
  const baseScope = useMemo(() => new Set([...wide.globals, ...wide.data, ...wide.token].map((p) => p.name)), [wide]);
  const session = useMemo(
    () =>
      [
        ...wide.token,
        ...draft.spec.flows.flatMap((f) =>
          flowParams(f).map((p) => ({
            name: p.name,
            origin: draft.spec.flows.length > 1 ? `${f.name} › ${p.origin}` : p.origin,
          })),
        ),
      ].filter((p) => p.name),
    [wide.token, draft.spec.flows],
  );
  const setSpec = (patch: Partial<typeof draft.spec>) => setDraft((d) => ({ ...d, spec: { ...d.spec, ...patch } }));
  const flowName = draft.spec.flows[editor.activeFlow]?.name ?? "flow";

  async function save() {
    if (await editor.saveOnly()) toast("Saved");
  }

  async function saveAndStart(schedule?: ScheduleRequest) {
    const problems = await editor.saveAndStart(schedule);
    if (problems !== "conflict") return problems;
    setStarting(false); // the conflict dialog takes over
    return null;
  }

  /** Their version, fetched afresh; the page starts over from it. */
  async function reload(): Promise<string | null> {
    if (!editor.id) return "the scenario has no id yet";
    const fresh = await fetchScenario(editor.id);
    if ("ok" in fresh) return fresh.error;
    onReloaded(fresh);
    toast(`Reloaded version ${fresh.version}`);
    return null;
  }

  async function overwrite() {
    if (await editor.overwrite()) toast("Saved over their change");
  }

  return (
    <IssuesContext.Provider value={issueState}>
      <EditorToolbar
        title={draft.name}
        scenarioId={initial?.id}
        dirty={editor.dirty}
        saving={editor.saving}
        debugging={editor.debugState.phase === "running"}
        onDebug={editor.runDebug}
        onSave={save}
        onSaveAndStart={() => setStarting(true)}
      />
      {issueState.issues.length > 0 && <IssueSummary title={issueState.title} issues={issueState.issues} />}
      <div className="space-y-5" data-testid="scenario-editor">
        <ScenarioBasics
          name={draft.name}
          description={draft.description}
          cookies={draft.spec.cookies}
          onChange={({ cookies, ...rest }) =>
            setDraft((d) => ({ ...d, ...rest, spec: cookies === undefined ? d.spec : { ...d.spec, cookies } }))
          }
        />
        <FlowsPanel
          flows={draft.spec.flows}
          active={editor.activeFlow}
          onSelect={editor.setActiveFlow}
          onChange={(flows) => setSpec({ flows })}
          baseScope={baseScope}
          appendToScenario={editor.dirty ? undefined : (editor.id ?? undefined)}
          onMakeTokenProvider={(f, s) => {
            if (draft.spec.tokenProvider && !window.confirm("Replace the scenario's current token provider?")) return;
            editor.makeTokenProvider(f, s);
            toast("The API is now the scenario's token provider");
          }}
        />
        <TokenProviderPanel value={draft.spec.tokenProvider} onChange={(tokenProvider) => setSpec({ tokenProvider })} />
        <DataSourcesPanel
          scenarioId={editor.id}
          files={files.files}
          listError={files.error}
          bindings={draft.spec.dataSources}
          onBindingsChange={(dataSources) => setSpec({ dataSources })}
          onUploaded={(file) => {
            files.upsert(file);
            toast(`Stored ${file.name}`);
          }}
          onDeleteFile={files.remove}
          onSaveFirst={save}
        />
        <ParametersPanel
          session={session}
          data={wide.data}
          globals={draft.spec.globals}
          onGlobalsChange={(globals) => setSpec({ globals })}
        />
        <LoadSettingsPanel
          load={draft.load}
          flows={flowApisOf(toSpec(draft))}
          onChange={(load) => setDraft((d) => ({ ...d, load }))}
        />
        <StopConditionsPanel
          rules={draft.spec.stopConditions}
          apiNames={scenarioApiNames(toSpec(draft))}
          onChange={(stopConditions) => setSpec({ stopConditions })}
        />
        <DebugPanel state={editor.debugState} flowName={flowName} />
      </div>
      {starting && (
        <SaveStartDialog
          scenarioName={draft.name}
          load={draft.load}
          onExecute={saveAndStart}
          onSchedule={saveAndStart}
          onClose={() => setStarting(false)}
        />
      )}
      {editor.conflict && (
        <ConflictDialog
          conflict={editor.conflict}
          onReload={reload}
          onOverwrite={overwrite}
          onClose={editor.dismissConflict}
        />
      )}
    </IssuesContext.Provider>
  );
}
