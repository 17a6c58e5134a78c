"use client";

import { parseHostPattern, type TProjectAllowlist } from "@stampede/contracts";
import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { Card } from "../card";
import { inputClass, LABEL, PRIMARY_BUTTON } from "../editor/fields/styles";

type Load = { phase: "loading" } | { phase: "failed"; error: string } | { phase: "ready"; list: TProjectAllowlist };

const linesOf = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** What the server said, as lines: its error and each issue (`entries.2: ...`). */
async function problemsOf(response: Response): Promise<string[]> {
  const body = await response.json().catch(() => ({}));
  const issues: string[] = Array.isArray(body.issues) ? body.issues : [];
  return issues.length > 0 ? issues : [body.error ?? `HTTP ${response.status}`];
}

/**
 * A project's target allowlist: the hosts its runs may aim at, one pattern a line (`*.example.com`,
 * `10.0.0.5:8080`, `10.0.0.0/8`), checked as typed; the instance's entries are shown, read-only. Admins edit
 * (`canEdit`); everyone else reads. Mounted by the project settings page.
 */
export function AllowlistEditor({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const url = `/api/v1/projects/${encodeURIComponent(projectId)}/allowlist`;
  const [load, setLoad] = useState<Load>({ phase: "loading" });
  const [text, setText] = useState("");
  const [saving, setSaving] = useState(false);
  const [serverProblems, setServerProblems] = useState<string[]>([]);
  const [savedAt, setSavedAt] = useState<number | undefined>();
  const fieldId = useId();

  const show = useCallback((list: TProjectAllowlist) => {
    setLoad({ phase: "ready", list });
    setText(list.entries.join("\n"));
  }, []);

  useEffect(() => {
    let live = true;
    fetch(url)
      .then(async (response) => {
        if (!live) return;
        if (response.ok) show((await response.json()) as TProjectAllowlist);
        else setLoad({ phase: "failed", error: (await problemsOf(response)).join("; ") });
      })
      .catch((error: Error) => live && setLoad({ phase: "failed", error: error.message }));
    return () => {
      live = false;
    };
  }, [url, show]);

  // Checked as typed, with the rules the server applies, so a bad line is named before Save.
  const lineProblems = useMemo(
    () =>
      linesOf(text).flatMap((line) => {
        const parsed = parseHostPattern(line);
        return parsed.ok ? [] : [parsed.message];
      }),
    [text],
  );

  const save = async () => {
    setSaving(true);
    setServerProblems([]);
    try {
      const response = await fetch(url, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ entries: linesOf(text) }),
      });
      if (response.ok) {
        show((await response.json()) as TProjectAllowlist);
        setSavedAt(Date.now());
      } else setServerProblems(await problemsOf(response));
    } catch (error) {
      setServerProblems([(error as Error).message]);
    } finally {
      setSaving(false);
    }
  };

  if (load.phase === "loading") return <Card title="Target allowlist">{<p className="p-4 text-sm">Loading…</p>}</Card>;
  if (load.phase === "failed") {
    return (
      <Card title="Target allowlist">
        <p role="alert" className="p-4 text-sm text-red-700">
          Could not load the allowlist: {load.error}
        </p>
      </Card>
    );
  }
  const problems = [...lineProblems, ...serverProblems];
  return (
    <Card title="Target allowlist" className="mb-6">
      <div className="space-y-4 p-4 text-sm" data-testid="allowlist-editor">
        <p className="text-slate-600">
          Runs and Debug send requests only to these hosts. A scenario aiming elsewhere is refused when saved or
          started; a URL that resolves elsewhere during a run is not sent and counts as <code>blocked_target</code>.
          Cloud metadata and link-local addresses need an entry naming them exactly.
        </p>
        <div>
          <div className={LABEL}>Allowed on every project of this instance</div>
          <ul className="mt-1 flex flex-wrap gap-1" data-testid="allowlist-instance">
            {load.list.instanceEntries.map((entry) => (
              <li key={entry} className="rounded bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700">
                {entry}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <label htmlFor={fieldId} className={LABEL}>
            This project&apos;s entries, one a line (example.com, *.example.com, 10.0.0.5:8080, 10.0.0.0/8)
          </label>
          <textarea
            id={fieldId}
            className={inputClass(problems.length > 0, "mt-1 font-mono")}
            rows={Math.max(4, linesOf(text).length + 1)}
            value={text}
            readOnly={!canEdit}
            onChange={(e) => {
              setText(e.target.value);
              setSavedAt(undefined);
            }}
            data-testid="allowlist-entries"
          />
        </div>
        {problems.length > 0 && (
          <ul role="alert" className="list-disc pl-5 text-red-700" data-testid="allowlist-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {canEdit && (
          <div className="flex items-center gap-3">
            <button
              type="button"
              className={PRIMARY_BUTTON}
              disabled={saving || lineProblems.length > 0}
              onClick={save}
              data-testid="allowlist-save"
            >
              {saving ? "Saving…" : "Save allowlist"}
            </button>
            {savedAt !== undefined && <span className="text-slate-500">Saved.</span>}
          </div>
        )}
      </div>
    </Card>
  );
}
