import type { Metadata } from "next";
import { findRuns } from "@stampede/db";
import { Card, PageHeader } from "@/components/card";
import { RunsTable } from "@/components/runs-table";
import { getDb } from "@/lib/db";
import { toRunView } from "@/lib/run-view";
import { requireProject } from "@/server/auth/page-viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage() {
  const project = await requireProject();
  const runs = await findRuns(getDb(), { projectId: project.id, take: 100 });
  return (
    <>
      <PageHeader title="Runs" subtitle="The latest 100 runs of this project." />
      <Card>
        <RunsTable runs={runs.map(toRunView)} />
      </Card>
    </>
  );
}
