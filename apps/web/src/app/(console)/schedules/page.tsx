import type { Metadata } from "next";
import { listSchedules } from "@stampede/db";
import { Card, PageHeader } from "@/components/card";
import { SchedulesTable } from "@/components/schedules/schedules-table";
import { toScheduleView } from "@/components/schedules/schedule-view";
import { getDb } from "@/lib/db";
import { requireProject } from "@/server/auth/page-viewer";
import { nextFiresOf } from "@/server/schedules/schedule-dto";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Schedules" };

/** Every schedule of the project with its next fire and last outcome; a scenario's page creates them. */
export default async function SchedulesPage() {
  const project = await requireProject();
  const now = new Date();
  const schedules = await listSchedules(getDb(), { projectId: project.id });
  return (
    <>
      <PageHeader
        title="Schedules"
        subtitle="Scenarios that run on their own: once, or on a cron plan in a time zone. Create one on a scenario's page."
      />
      <Card>
        <SchedulesTable schedules={schedules.map((s) => toScheduleView(s, nextFiresOf(s, now)))} showScenario />
      </Card>
    </>
  );
}
