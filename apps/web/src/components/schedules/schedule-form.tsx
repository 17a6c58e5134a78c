"use client";

import { COMPLIANCE_STATEMENT } from "@stampede/contracts";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { RefusalAlert } from "@/components/refusal-alert";
import type { Refusal } from "@/lib/api-refusal";
import { callApi } from "@/lib/call-api";
import { draftOf, type LoadOverrideDraft, LoadOverrideFields, loadOverrideOf } from "./load-override-fields";
import { NextFireTimes, SchedulePlanFields } from "./schedule-plan-fields";
import { type SavedPlan, useSchedulePlan } from "./use-schedule-plan";

const input = "rounded border border-slate-300 px-2 py-1 text-sm";

/** A saved schedule, for editing it. */
export interface EditedSchedule extends SavedPlan {
  id: string;
  name: string;
  loadOverride: { mode?: string; vus?: number; targetRate?: number; durationSeconds?: number } | null;
}

/**
 * Creates a schedule of a scenario, or edits one (`editing`): once, a preset (daily, weekdays, weekly, monthly)
 * or a cron expression, in a time zone, with the next five fire times shown before saving. Scheduled runs use
 * the scenario's saved load unless the schedule overrides it.
 */
export function ScheduleForm({ scenarioId, editing }: { scenarioId: string; editing?: EditedSchedule }) {
  const router = useRouter();
  const plan = useSchedulePlan(editing);
  const [name, setName] = useState(editing?.name ?? "");
  const [load, setLoad] = useState<LoadOverrideDraft>(draftOf(editing?.loadOverride));
  const [confirmed, setConfirmed] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const save = async () => {
    const body = { name, ...plan.body(), loadOverride: loadOverrideOf(load) };
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
      <label className="flex w-fit flex-col gap-1">
        Name
        <input className={input} value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <SchedulePlanFields plan={plan} />
      <LoadOverrideFields value={load} onChange={setLoad} />
      <NextFireTimes plan={plan} />
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
