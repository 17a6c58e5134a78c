"use client";

import { RefusalAlert } from "@/components/refusal-alert";
import { formatDateTime } from "@/lib/format";
import { REPEAT_KINDS, type RepeatKind, type SchedulePlan } from "./use-schedule-plan";

const input = "rounded border border-slate-300 px-2 py-1 text-sm";

/** The fields of a schedule's plan (see `useSchedulePlan`): when it fires, until when, and its policies. */
export function SchedulePlanFields({ plan }: { plan: SchedulePlan }) {
  const { fields: f, set } = plan;
  return (
    <>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          Repeat
          <select className={input} value={f.kind} onChange={(e) => set.kind(e.target.value as RepeatKind)}>
            {REPEAT_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        {f.kind === "once" && (
          <label className="flex flex-col gap-1">
            Run at (UTC)
            <input
              type="datetime-local"
              className={input}
              value={f.runAt}
              onChange={(e) => set.runAt(e.target.value)}
            />
          </label>
        )}
        {f.kind !== "once" && f.kind !== "cron" && (
          <label className="flex flex-col gap-1">
            Time
            <input type="time" className={input} value={f.time} onChange={(e) => set.time(e.target.value)} />
          </label>
        )}
        {f.kind === "weekly" && (
          <label className="flex flex-col gap-1">
            Weekday (0 = Sunday)
            <input
              type="number"
              min={0}
              max={6}
              className={input}
              value={f.weekday}
              onChange={(e) => set.weekday(Number(e.target.value))}
            />
          </label>
        )}
        {f.kind === "monthly" && (
          <label className="flex flex-col gap-1">
            Day of month
            <input
              type="number"
              min={1}
              max={31}
              className={input}
              value={f.dayOfMonth}
              onChange={(e) => set.dayOfMonth(Number(e.target.value))}
            />
          </label>
        )}
        {f.kind === "cron" && (
          <label className="flex flex-col gap-1">
            Cron expression
            <input className={`${input} font-mono`} value={f.cronText} onChange={(e) => set.cronText(e.target.value)} />
          </label>
        )}
        {f.kind !== "once" && (
          <label className="flex flex-col gap-1">
            Time zone
            <input className={input} value={f.timezone} onChange={(e) => set.timezone(e.target.value)} />
          </label>
        )}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          End (UTC, optional)
          <input type="datetime-local" className={input} value={f.endAt} onChange={(e) => set.endAt(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1">
          Max runs
          <input
            type="number"
            min={1}
            className={input}
            value={f.maxRuns}
            onChange={(e) => set.maxRuns(e.target.value)}
          />
        </label>
        <label className="flex flex-col gap-1">
          If the previous run still goes
          <select className={input} value={f.overlap} onChange={(e) => set.overlap(e.target.value)}>
            <option value="skip">skip this fire</option>
            <option value="queue">wait for it, then start</option>
            <option value="parallel">start alongside</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Fires missed while down
          <select className={input} value={f.missedFire} onChange={(e) => set.missedFire(e.target.value)}>
            <option value="skip">skip them</option>
            <option value="run_once">run once</option>
          </select>
        </label>
      </div>
    </>
  );
}

/** The next five fire times the server reads from the plan, or why it cannot read it. */
export function NextFireTimes({ plan }: { plan: SchedulePlan }) {
  return (
    <div data-testid="schedule-preview">
      <p className="font-medium">Next fire times</p>
      {Array.isArray(plan.preview) ? (
        <ul className="list-disc pl-5 text-slate-600">
          {plan.preview.map((at) => (
            <li key={at}>{formatDateTime(at)}</li>
          ))}
        </ul>
      ) : (
        <RefusalAlert refusal={plan.preview} />
      )}
    </div>
  );
}
