import Link from "next/link";
import { EmptyState, Table, Td, Th } from "@/components/table";
import { IfCan } from "@/components/viewer-context";
import { formatDateTime } from "@/lib/format";
import { ScheduleActions } from "./schedule-actions";
import type { ScheduleView } from "./schedule-view";

/** Schedules with their plan, next fire and last outcome; pause, resume and delete for those who may run. */
export function SchedulesTable({ schedules, showScenario }: { schedules: ScheduleView[]; showScenario: boolean }) {
  if (schedules.length === 0) return <EmptyState>No schedules yet.</EmptyState>;
  return (
    <Table>
      <thead>
        <tr>
          <Th>Name</Th>
          {showScenario && <Th>Scenario</Th>}
          <Th>Plan</Th>
          <Th>Next fire</Th>
          <Th>Last fire</Th>
          <Th>Fires</Th>
          <Th />
        </tr>
      </thead>
      <tbody>
        {schedules.map((s) => (
          <tr key={s.id} data-testid={`schedule-${s.name}`}>
            <Td>
              {s.name}
              {!s.enabled && <span className="ml-2 text-xs text-amber-700">paused</span>}
            </Td>
            {showScenario && (
              <Td>
                <Link href={`/scenarios/${s.scenarioId}`} className="text-blue-600 hover:underline">
                  {s.scenarioName ?? s.scenarioId}
                </Link>
              </Td>
            )}
            <Td className="font-mono text-xs">{s.plan}</Td>
            <Td>{s.nextFires[0] ? formatDateTime(s.nextFires[0]) : "none"}</Td>
            <Td>{s.lastFire ? `${s.lastFire.outcome} (${formatDateTime(s.lastFire.dueAt)})` : "never"}</Td>
            <Td>
              {s.fireCount}
              {s.maxRuns !== null && ` / ${s.maxRuns}`}
            </Td>
            <Td>
              <IfCan permission="run">
                <ScheduleActions scheduleId={s.id} enabled={s.enabled} name={s.name} />
              </IfCan>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
