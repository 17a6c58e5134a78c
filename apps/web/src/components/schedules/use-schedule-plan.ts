"use client";

import { presetCron } from "@stampede/contracts";
import { useEffect, useState } from "react";
import type { Refusal } from "@/lib/api-refusal";
import { callApi } from "@/lib/call-api";

export type RepeatKind = "once" | "daily" | "weekdays" | "weekly" | "monthly" | "cron";
export const REPEAT_KINDS: RepeatKind[] = ["once", "daily", "weekdays", "weekly", "monthly", "cron"];

/** A `datetime-local` value read as UTC (the form says so), as ISO. */
const utcIso = (local: string) => (local ? new Date(`${local}:00Z`).toISOString() : null);
/** An ISO time as a UTC `datetime-local` value. */
const utcLocal = (iso: string | null | undefined) => (iso ? iso.slice(0, 16) : "");

/** What a saved schedule holds of its plan, to edit it. */
export interface SavedPlan {
  cron: string | null;
  runAt: string | null;
  timezone: string;
  endAt: string | null;
  maxRuns: number | null;
  overlap: string;
  missedFire: string;
}

/** The plan's part of a schedule's API body (name, load and compliance are the caller's). */
export interface SchedulePlanBody {
  cron?: string;
  timezone?: string;
  runAt?: string | null;
  endAt: string | null;
  maxRuns: number | null;
  overlap: string;
  missedFire: string;
}

/**
 * When a schedule fires, as a form edits it: once at a time, a preset (daily, weekdays, weekly, monthly) or a
 * cron expression in a time zone, an end, a maximum number of runs and the overlap and missed-fire policies —
 * with the next five fire times asked of the server as the fields change (the server's cron reading is the one
 * that counts). Shared by the scenario page's schedule form and the Start dialog's "Scheduled" mode, which
 * passes `active: false` while the dialog is on "Execute Now" so that nothing is asked for it.
 */
export function useSchedulePlan(saved?: SavedPlan, { active = true }: { active?: boolean } = {}) {
  const [kind, setKind] = useState<RepeatKind>(saved ? (saved.cron ? "cron" : "once") : "daily");
  const [time, setTime] = useState("02:00");
  const [weekday, setWeekday] = useState(1);
  const [dayOfMonth, setDayOfMonth] = useState(1);
  const [cronText, setCronText] = useState(saved?.cron ?? "*/5 * * * *");
  const [runAt, setRunAt] = useState(utcLocal(saved?.runAt));
  const [timezone, setTimezone] = useState(saved?.timezone ?? "UTC");
  const [endAt, setEndAt] = useState(utcLocal(saved?.endAt));
  const [maxRuns, setMaxRuns] = useState(saved?.maxRuns ? String(saved.maxRuns) : "");
  const [overlap, setOverlap] = useState(saved?.overlap ?? "skip");
  const [missedFire, setMissedFire] = useState(saved?.missedFire ?? "skip");
  const [preview, setPreview] = useState<string[] | Refusal>([]);

  const cron = kind === "once" ? null : kind === "cron" ? cronText : presetCron(kind, time, { weekday, dayOfMonth });

  useEffect(() => {
    if (!active) return;
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
  }, [active, cron, timezone, runAt]);

  const body = (): SchedulePlanBody => ({
    ...(cron ? { cron, timezone } : { runAt: utcIso(runAt) }),
    endAt: utcIso(endAt),
    maxRuns: maxRuns ? Number(maxRuns) : null,
    overlap,
    missedFire,
  });

  return {
    fields: { kind, time, weekday, dayOfMonth, cronText, runAt, timezone, endAt, maxRuns, overlap, missedFire },
    set: {
      kind: setKind,
      time: setTime,
      weekday: setWeekday,
      dayOfMonth: setDayOfMonth,
      cronText: setCronText,
      runAt: setRunAt,
      timezone: setTimezone,
      endAt: setEndAt,
      maxRuns: setMaxRuns,
      overlap: setOverlap,
      missedFire: setMissedFire,
    },
    preview,
    body,
  };
}

export type SchedulePlan = ReturnType<typeof useSchedulePlan>;
