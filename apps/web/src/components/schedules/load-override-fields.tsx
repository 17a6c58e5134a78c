"use client";

const input = "w-24 rounded border border-slate-300 px-2 py-1 text-sm";

/** The form's load override: none (the scenario's saved load), a number of VUs, or a TPS target; for a duration. */
export interface LoadOverrideDraft {
  mode: "scenario" | "concurrency" | "rate";
  size: string;
  durationSeconds: string;
}

type SavedOverride = { mode?: string; vus?: number; targetRate?: number; durationSeconds?: number } | null | undefined;

export function draftOf(saved: SavedOverride): LoadOverrideDraft {
  if (!saved) return { mode: "scenario", size: "10", durationSeconds: "60" };
  const rate = saved.mode === "rate";
  return {
    mode: rate ? "rate" : "concurrency",
    size: String((rate ? saved.targetRate : saved.vus) ?? 10),
    durationSeconds: String(saved.durationSeconds ?? 60),
  };
}

/** What the API takes: null for the scenario's load; the server validates the numbers and names the field. */
export function loadOverrideOf(draft: LoadOverrideDraft): Record<string, unknown> | null {
  if (draft.mode === "scenario") return null;
  const durationSeconds = Number(draft.durationSeconds);
  const size = Number(draft.size);
  return draft.mode === "rate" ? { mode: "rate", targetRate: size, durationSeconds } : { vus: size, durationSeconds };
}

export function LoadOverrideFields({
  value,
  onChange,
}: {
  value: LoadOverrideDraft;
  onChange: (draft: LoadOverrideDraft) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1">
        Load of scheduled runs
        <select
          className="rounded border border-slate-300 px-2 py-1 text-sm"
          value={value.mode}
          onChange={(e) => onChange({ ...value, mode: e.target.value as LoadOverrideDraft["mode"] })}
        >
          <option value="scenario">the scenario&apos;s saved load</option>
          <option value="concurrency">VUs (concurrency)</option>
          <option value="rate">TPS target (arrival rate)</option>
        </select>
      </label>
      {value.mode !== "scenario" && (
        <>
          <label className="flex flex-col gap-1">
            {value.mode === "rate" ? "Iterations/s" : "VUs"}
            <input
              type="number"
              min={1}
              className={input}
              value={value.size}
              onChange={(e) => onChange({ ...value, size: e.target.value })}
            />
          </label>
          <label className="flex flex-col gap-1">
            Duration (s)
            <input
              type="number"
              min={1}
              className={input}
              value={value.durationSeconds}
              onChange={(e) => onChange({ ...value, durationSeconds: e.target.value })}
            />
          </label>
        </>
      )}
    </div>
  );
}
