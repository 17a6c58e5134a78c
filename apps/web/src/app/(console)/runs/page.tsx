import type { Metadata } from "next";
import { findRuns, findScenarios } from "@stampede/db";
import { Card, PageHeader } from "@/components/card";
import { RunFilters } from "@/components/runs/run-filters";
import { RunsTable } from "@/components/runs-table";
import { getDb } from "@/lib/db";
import { toRunView } from "@/lib/run-view";
import { requireProject } from "@/server/auth/page-viewer";
import { ZRunListQuery, toRunFilter } from "@/server/runs/run-list-query";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Runs" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Reads the filters from the URL; a malformed one (a hand-edited date) is dropped rather than failing the page. */
function readFilters(params: Record<string, string | string[] | undefined>) {
  const values: Record<string, string> = {};
  for (const [key, schema] of Object.entries(ZRunListQuery.shape)) {
    const raw = params[key];
    if (typeof raw !== "string" || raw === "") continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success && typeof parsed.data === "string") values[key] = parsed.data;
  }
  return ZRunListQuery.parse(values);
}

export default async function RunsPage({ searchParams }: { searchParams: SearchParams }) {
  const project = await requireProject();
  const filters = readFilters(await searchParams);
  const db = getDb();
  const [runs, scenarios] = await Promise.all([
    findRuns(db, { projectId: project.id, take: 100, ...toRunFilter(filters) }),
    findScenarios(db, { projectId: project.id, take: 500 }),
  ]);
  return (
    <>
      <PageHeader title="Runs" subtitle="The latest 100 runs of this project that match the filters." />
      <Card>
        <RunFilters values={filters} scenarios={scenarios.map((s) => ({ id: s.id, name: s.name }))} />
        <div className="border-t border-slate-100">
          <RunsTable runs={runs.map(toRunView)} now={new Date().toISOString()} />
        </div>
      </Card>
    </>
  );
}
