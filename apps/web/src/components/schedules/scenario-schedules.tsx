import { listScheduleFires, listSchedules } from "@stampede/db";
import { Card } from "@/components/card";
import { IfCan } from "@/components/viewer-context";
import { getDb } from "@/lib/db";
import { nextFiresOf } from "@/server/schedules/schedule-dto";
import { ScheduleFires } from "./schedule-fires";
import { type EditedSchedule, ScheduleForm } from "./schedule-form";
import { SchedulesTable } from "./schedules-table";
import { toFireView, toScheduleView } from "./schedule-view";

/** The scenario page's schedules: the list, each one's fire history, and the create form. */
export async function ScenarioSchedules({ scenarioId }: { scenarioId: string }) {
  const now = new Date();
  const schedules = await listSchedules(getDb(), { scenarioId });
  const histories = await Promise.all(schedules.map((s) => listScheduleFires(getDb(), s.id, 20)));
  return (
    <Card title="Schedules" id="schedules">
      <SchedulesTable schedules={schedules.map((s) => toScheduleView(s, nextFiresOf(s, now)))} showScenario={false} />
      {schedules.map((s, i) => (
        <div key={s.id} className="border-t border-slate-100" data-testid={`fires-${s.name}`}>
          <p className="px-4 pt-3 text-xs font-semibold text-slate-600">Fires of {s.name}</p>
          <ScheduleFires fires={histories[i]!.map(toFireView)} />
          <IfCan permission="run">
            <details className="px-4 pb-3" data-testid={`edit-${s.name}`}>
              <summary className="cursor-pointer text-xs text-blue-700">Edit {s.name}</summary>
              <ScheduleForm scenarioId={scenarioId} editing={editedSchedule(s)} />
            </details>
          </IfCan>
        </div>
      ))}
      <IfCan permission="run">
        <div className="border-t border-slate-100">
          <p className="px-4 pt-3 text-xs font-semibold text-slate-600">New schedule</p>
          <ScheduleForm scenarioId={scenarioId} />
        </div>
      </IfCan>
    </Card>
  );
}

function editedSchedule(s: Awaited<ReturnType<typeof listSchedules>>[number]): EditedSchedule {
  return {
    id: s.id,
    name: s.name,
    cron: s.cron,
    runAt: s.runAt?.toISOString() ?? null,
    timezone: s.timezone,
    endAt: s.endAt?.toISOString() ?? null,
    maxRuns: s.maxRuns,
    overlap: s.overlap,
    missedFire: s.missedFire,
    loadOverride: s.loadOverride as EditedSchedule["loadOverride"],
  };
}
