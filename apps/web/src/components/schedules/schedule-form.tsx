"use client";

import { COMPLIANCE_STATEMENT, presetCron } from "@stampede/contracts";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { RefusalAlert } from "@/components/refusal-alert";
import type { Refusal } from "@/lib/api-refusal";
import { callApi } from "@/lib/call-api";
import { formatDateTime } from "@/lib/format";
import { draftOf, type LoadOverrideDraft, LoadOverrideFields, loadOverrideOf } from "./load-override-fields";

type Kind = "once" | "daily" | "weekdays" | "weekly" | "monthly" | "cron";
const KINDS: Kind[] = ["once", "daily", "weekdays", "weekly", "monthly", "cron"];
const input = "rounded border border-slate-300 px-2 py-1 text-sm";

/** A `datetime-local` value read as UTC (the form says so), as ISO. */
const utcIso = (local: string) => (local ? new Date(`${local}:00Z`).toISOString() : null);
/** An ISO time as a UTC `datetime-local` value. */
const utcLocal = (iso: string | null | undefined) => (iso ? iso.slice(0, 16) : "");

/** A saved schedule, for editing it. */
export interface EditedSchedule {
  id: string;
  name: string;
  cron: string | null;
  runAt: string | null;
  timezone: string;
  endAt: string | null;
  maxRuns: number | null;
  overlap: string;
  missedFire: string;
  loadOverride: { mode?: string; vus?: number; targetRate?: number; durationSeconds?: number } | null;
}

/**
 * Creates a schedule of a scenario, or edits one (`editing`): once, a preset (daily, weekdays, weekly, monthly)
 * or a cron expression, in a time zone, with the next five fire times shown before saving. Scheduled runs use
 * the scenario's saved load unless the schedule overrides it.
 */
export function ScheduleForm({ scenarioId, editing }: { scenarioId: string; editing?: EditedSchedule }) {
  const router = useRouter();
  const [name, setName] = useState(editing?.name ?? "");
  const [kind, setKind] = useState<Kind>(editing ? (editing.cron ? "cron" : "once") : "daily");
  const [time, setTime] = useState("02:00");
  const [weekday, setWeekday] = useState(1);
  const [dayOfMonth, setDayOfMonth] = useState(1);
  const [cronText, setCronText] = useState(editing?.cron ?? "*/5 * * * *");
  const [runAt, setRunAt] = useState(utcLocal(editing?.runAt));
  const [timezone, setTimezone] = useState(editing?.timezone ?? "UTC");
  const [endAt, setEndAt] = useState(utcLocal(editing?.endAt));
  const [maxRuns, setMaxRuns] = useState(editing?.maxRuns ? String(editing.maxRuns) : "");
  const [overlap, setOverlap] = useState(editing?.overlap ?? "skip");
  const [missedFire, setMissedFire] = useState(editing?.missedFire ?? "skip");
  const [load, setLoad] = useState<LoadOverrideDraft>(draftOf(editing?.loadOverride));
  const [confirmed, setConfirmed] = useState(false);
  const [preview, setPreview] = useState<string[] | Refusal>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const cron =
    kind === "once"
      ? null
      : kind === "cron"
        ? cronText
        : presetCron(kind, time, { weekday: weekday, dayOfMonth: dayOfMonth });

  useEffect(() => {
    if (!cron) {
      setPreview(runAt ? [utcIso(runAt)!] : []);
      return;
    }
    const query = new URLSearchParams({ cron, timezone });
    const timer = setTimeout(async () => {
      const result = await callApi<{ nextFires: string[] }>(`/api/v1/schedules/preview?${query}`);
      setPreview(result.ok ? result.body.nextFires : result);
    }, 300);
    return () => clearTimeout(timer);
  }, [cron, timezone, runAt]);

  const save = async () => {
    const body = {
      name,
      ...(cron ? { cron, timezone } : { runAt: utcIso(runAt) }),
      endAt: utcIso(endAt),
      maxRuns: maxRuns ? Number(maxRuns) : null,
      overlap,
      missedFire,
      loadOverride: loadOverrideOf(load),
    };
    const result = editing
      ? await callApi(`/api/v1/schedules/${editing.id}`, { method: "PATCH", body })
      : await callApi(`/api/v1/scenarios/${scenarioId}/schedules`, {
          method: "POST",
          body: { ...body, confirmCompliance: confirmed },
        });
    if (!result.ok) return setRefusal(result);
    setRefusal(null);
    if (!editing) setName("");
    router.refresh();
  };

  return (
    <form
      className="space-y-3 p-4 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          Name
          <input className={input} value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label className="flex flex-col gap-1">
          Repeat
          <select className={input} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        {kind === "once" && (
          <label className="flex flex-col gap-1">
            Run at (UTC)
            <input type="datetime-local" className={input} value={runAt} onChange={(e) => setRunAt(e.target.value)} />
          </label>
        )}
        {kind !== "once" && kind !== "cron" && (
          <label className="flex flex-col gap-1">
            Time
            <input type="time" className={input} value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
        )}
        {kind === "weekly" && (
          <label className="flex flex-col gap-1">
            Weekday (0 = Sunday)
            <input
              type="number"
              min={0}
              max={6}
              className={input}
              value={weekday}
              onChange={(e) => setWeekday(Number(e.target.value))}
            />
          </label>
        )}
        {kind === "monthly" && (
          <label className="flex flex-col gap-1">
            Day of month
            <input
              type="number"
              min={1}
              max={31}
              className={input}
              value={dayOfMonth}
              onChange={(e) => setDayOfMonth(Number(e.target.value))}
            />
          </label>
        )}
        {kind === "cron" && (
          <label className="flex flex-col gap-1">
            Cron expression
            <input className={`${input} font-mono`} value={cronText} onChange={(e) => setCronText(e.target.value)} />
          </label>
        )}
        {kind !== "once" && (
          <label className="flex flex-col gap-1">
            Time zone
            <input className={input} value={timezone} onChange={(e) => setTimezone(e.target.value)} />
          </label>
        )}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          End (UTC, optional)
          <input type="datetime-local" className={input} value={endAt} onChange={(e) => setEndAt(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1">
          Max runs
          <input type="number" min={1} className={input} value={maxRuns} onChange={(e) => setMaxRuns(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1">
          If the previous run still goes
          <select className={input} value={overlap} onChange={(e) => setOverlap(e.target.value)}>
            <option value="skip">skip this fire</option>
            <option value="queue">wait for it, then start</option>
            <option value="parallel">start alongside</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Fires missed while down
          <select className={input} value={missedFire} onChange={(e) => setMissedFire(e.target.value)}>
            <option value="skip">skip them</option>
            <option value="run_once">run once</option>
          </select>
        </label>
      </div>
      <LoadOverrideFields value={load} onChange={setLoad} />
      <div data-testid="schedule-preview">
        <p className="font-medium">Next fire times</p>
        {Array.isArray(preview) ? (
          <ul className="list-disc pl-5 text-slate-600">
            {preview.map((at) => (
              <li key={at}>{formatDateTime(at)}</li>
            ))}
          </ul>
        ) : (
          <RefusalAlert refusal={preview} />
        )}
      </div>
      {!editing && (
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />I confirm{" "}
          {COMPLIANCE_STATEMENT}
        </label>
      )}
      <RefusalAlert refusal={refusal} />
      <button type="submit" className="rounded-md bg-blue-600 px-3 py-1.5 font-medium text-white hover:bg-blue-700">
        {editing ? "Save changes" : "Save schedule"}
      </button>
    </form>
  );
}
