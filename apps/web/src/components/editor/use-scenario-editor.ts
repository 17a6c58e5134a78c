"use client";

import type { TStep } from "@stampede/contracts";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useDebugRun } from "../debug/use-debug-run";
import { issueLines, loadIssues } from "../load/load-issues";
import { requestRunStart } from "../start-run/request-run-start";
import { requestScheduleCreate, schedulesOf } from "../start-run/request-schedule-create";
import type { ScheduleRequest } from "../start-run/start-run-dialog";
import { saveScenario } from "./model/api";
import type { SaveConflict } from "./model/conflict";
import { type EditorDraft, type StoredScenario, toDraft, toScenarioInput, toSpec } from "./model/draft";
import { type IssueState, parseIssue } from "./model/issues";
import { useUnsavedWarning } from "./model/use-unsaved-warning";
import { tokenProviderFromStep } from "./token/make-token-provider";

/** How a save ended: the scenario's id, or refused (its issues shown, or a conflict to resolve). */
type SaveOutcome = { ok: true; id: string } | { ok: false; conflict: boolean };

/** The editor's state and what its buttons do: save, save-and-start, debug, and API → token provider. */
export function useScenarioEditor(initial: StoredScenario | null) {
  const router = useRouter();
  const [draft, setDraft] = useState<EditorDraft>(() => toDraft(initial));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(toScenarioInput(draft)));
  const [issueState, setIssueState] = useState<IssueState & { title: string }>({ issues: [], version: 0, title: "" });
  const [activeFlow, setActiveFlow] = useState(0);
  const [saving, setSaving] = useState(false);
  const debug = useDebugRun();
  // Set by the first save of a new scenario, so a second click before the page moves updates, not duplicates.
  const [createdId, setCreatedId] = useState<string>();
  const id = initial?.id ?? createdId;
  // The stored version this page's draft is based on; a save based on an older one is a conflict.
  const [version, setVersion] = useState(initial?.version);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);

  const input = useMemo(() => toScenarioInput(draft), [draft]);
  const dirty = JSON.stringify(input) !== savedJson;
  useUnsavedWarning(dirty);

  function showIssues(title: string, lines: string[], fromPage = false) {
    const issues = lines.map((line) => ({ ...parseIssue(line), ...(fromPage && { fromPage }) }));
    setIssueState((prev) => ({ issues, title, version: prev.version + 1 }));
    // Bring forward a flow with problems when the one shown has none, so the marked field is on screen.
    const inFlow = (f: number) => issues.some((i) => i.path.startsWith(`spec.flows.${f}.`));
    if (!inFlow(activeFlow)) {
      const first = draft.spec.flows.findIndex((_, f) => inFlow(f));
      if (first >= 0) setActiveFlow(first);
    }
  }

  /** Saves on top of `basedOn`; shows the server's issues, or holds the conflict when someone saved first. */
  async function save(basedOn = version): Promise<SaveOutcome> {
    // Marked on the page while typing; a stage target above Max VUs would even pass the server, silently capped.
    const loadProblems = loadIssues(draft.load);
    if (loadProblems.length) {
      showIssues("Not saved: the load settings have problems", issueLines(loadProblems), true);
      return { ok: false, conflict: false };
    }
    setSaving(true);
    const result = await saveScenario(id, input, basedOn);
    setSaving(false);
    if (!result.ok) {
      if ("conflict" in result) {
        setConflict(result.conflict);
        return { ok: false, conflict: true };
      }
      showIssues(`Not saved: ${result.error}`, result.issues.length ? result.issues : [result.error]);
      return { ok: false, conflict: false };
    }
    setSavedJson(JSON.stringify(input));
    setCreatedId(result.id);
    setVersion(result.version);
    setIssueState((prev) => ({ issues: [], title: "", version: prev.version + 1 }));
    return { ok: true, id: result.id };
  }

  async function saveOnly(): Promise<boolean> {
    const saved = await save();
    // A new scenario gets its own address; the edit page loads it (and its data files) from there.
    if (saved.ok && !initial) router.replace(`/scenarios/${saved.id}/edit`);
    return saved.ok;
  }

  /** Problems for the Start dialog to show, null once the page moves to the run, or "conflict" to resolve. */
  /** Saves, then starts a run; with `schedule` (the Start dialog's "Scheduled"), saves that schedule instead. */
  async function saveAndStart(schedule?: ScheduleRequest): Promise<string[] | null | "conflict"> {
    const saved = await save();
    if (!saved.ok) {
      return saved.conflict ? "conflict" : ["The scenario was not saved: see the problems marked on the page."];
    }
    if (schedule) {
      // The load just saved is the one scheduled runs use, at each fire (no override of their own).
      const problems = await requestScheduleCreate(saved.id, schedule, null);
      if (problems) return problems;
      router.push(schedulesOf(saved.id));
      return null;
    }
    const run = await requestRunStart(saved.id, draft.load);
    if (!run.ok) return run.issues.length ? run.issues : [run.error];
    router.push(`/runs/${run.runId}`);
    return null;
  }

  /** Saves this draft on top of the version that won the race (theirs is replaced by mine). */
  async function overwrite(): Promise<boolean> {
    if (!conflict) return false;
    setConflict(null);
    return (await save(conflict.currentVersion)).ok;
  }

  async function runDebug() {
    document.getElementById("debug-panel")?.scrollIntoView({ behavior: "smooth", block: "start" });
    const result = await debug.run(toSpec(draft), id, Math.min(activeFlow, draft.spec.flows.length - 1));
    if (result?.phase === "failed" && result.issues.length) showIssues(`Debug refused: ${result.error}`, result.issues);
    else if (result) setIssueState((prev) => ({ issues: [], title: "", version: prev.version + 1 }));
  }

  function makeTokenProvider(flowIndex: number, stepIndex: number) {
    setDraft((d) => {
      const flow = d.spec.flows[flowIndex];
      const step: TStep | undefined = flow?.steps[stepIndex]?.step;
      if (!flow || step?.type !== "http") return d;
      const flows = d.spec.flows.map((f, i) =>
        i === flowIndex ? { ...f, steps: f.steps.filter((_, j) => j !== stepIndex) } : f,
      );
      return { ...d, spec: { ...d.spec, tokenProvider: tokenProviderFromStep(step), flows } };
    });
  }

  return {
    id,
    draft,
    setDraft,
    dirty,
    saving,
    issueState,
    activeFlow,
    setActiveFlow,
    debugState: debug.state,
    saveOnly,
    saveAndStart,
    conflict,
    overwrite,
    dismissConflict: () => setConflict(null),
    runDebug,
    makeTokenProvider,
  };
}
