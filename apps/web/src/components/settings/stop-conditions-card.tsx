"use client";

import { describeStopCondition, type TStopCondition } from "@stampede/contracts";
import { useEffect, useState } from "react";
import { callApi } from "@/lib/call-api";
import { Card } from "../card";
import { PRIMARY_BUTTON } from "../editor/fields/styles";
import { StopConditionRows } from "../stop-conditions/stop-condition-rows";

type Loaded = { phase: "loading" } | { phase: "failed"; error: string } | { phase: "ready" };

/**
 * The project's default stop conditions: a scenario that defines none runs with these. Admins edit them
 * (`canEdit`); everyone else reads.
 */
export function StopConditionsCard({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const url = `/api/v1/projects/${encodeURIComponent(projectId)}/stop-conditions`;
  const [loaded, setLoaded] = useState<Loaded>({ phase: "loading" });
  const [rules, setRules] = useState<TStopCondition[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let live = true;
    void callApi<{ stopConditions: TStopCondition[] }>(url).then((result) => {
      if (!live) return;
      if (!result.ok) return setLoaded({ phase: "failed", error: result.error });
      setRules(result.body.stopConditions);
      setLoaded({ phase: "ready" });
    });
    return () => {
      live = false;
    };
  }, [url]);

  const save = async () => {
    setSaving(true);
    setProblems([]);
    const result = await callApi<{ stopConditions: TStopCondition[] }>(url, {
      method: "PUT",
      body: { stopConditions: rules },
    });
    setSaving(false);
    if (result.ok) {
      setRules(result.body.stopConditions);
      setSaved(true);
    } else setProblems(result.issues.length ? result.issues : [result.error]);
  };

  return (
    <Card title="Default stop conditions">
      <div className="space-y-3 p-4 text-sm" data-testid="project-stop-conditions">
        <p className="text-slate-600">
          Used by every run of a scenario that defines no stop conditions of its own; a run keeps the rules it started
          with.
        </p>
        {loaded.phase === "loading" && <p>Loading…</p>}
        {loaded.phase === "failed" && (
          <p role="alert" className="text-red-700">
            Could not load the stop conditions: {loaded.error}
          </p>
        )}
        {loaded.phase === "ready" &&
          (canEdit ? (
            <StopConditionRows
              rules={rules}
              apiNames={[]}
              onChange={(next) => {
                setRules(next);
                setSaved(false);
              }}
            />
          ) : (
            <ReadOnlyRules rules={rules} />
          ))}
        {problems.length > 0 && (
          <ul role="alert" className="list-disc pl-5 text-red-700">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {canEdit && loaded.phase === "ready" && (
          <div className="flex items-center gap-3">
            <button type="button" className={PRIMARY_BUTTON} disabled={saving} onClick={save}>
              {saving ? "Saving…" : "Save stop conditions"}
            </button>
            {saved && <span className="text-slate-500">Saved.</span>}
          </div>
        )}
      </div>
    </Card>
  );
}

function ReadOnlyRules({ rules }: { rules: TStopCondition[] }) {
  if (rules.length === 0) return <p className="text-slate-400">No default stop conditions.</p>;
  return (
    <ul className="list-disc pl-5 text-slate-700">
      {rules.map((r, i) => (
        <li key={i}>
          {r.action}: {describeStopCondition(r)}
        </li>
      ))}
    </ul>
  );
}
