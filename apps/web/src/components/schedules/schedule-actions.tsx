"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { RefusalAlert } from "@/components/refusal-alert";
import type { Refusal } from "@/lib/api-refusal";
import { callApi } from "@/lib/call-api";

/** Pause or resume a schedule, or delete it; the page re-renders with its new state. */
export function ScheduleActions({ scheduleId, enabled, name }: { scheduleId: string; enabled: boolean; name: string }) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const act = async (path: string, method: "POST" | "DELETE") => {
    const result = await callApi(`/api/v1/schedules/${scheduleId}${path}`, {
      method,
      body: method === "POST" ? {} : undefined,
    });
    if (result.ok) router.refresh();
    else setRefusal(result);
  };
  const button = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50";
  return (
    <div className="flex gap-2">
      <button type="button" className={button} onClick={() => act(enabled ? "/pause" : "/resume", "POST")}>
        {enabled ? "Pause" : "Resume"}
      </button>
      <button
        type="button"
        className={button}
        onClick={() => {
          if (window.confirm(`Delete the schedule "${name}" and its fire history?`)) void act("", "DELETE");
        }}
      >
        Delete
      </button>
      <RefusalAlert refusal={refusal} />
    </div>
  );
}
