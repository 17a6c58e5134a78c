import type { Metadata } from "next";
import Link from "next/link";
import { roleAllows } from "@stampede/contracts";
import { ConflictError, getRunById, NotFoundError } from "@stampede/db";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/card";
import { CompareCharts } from "@/components/compare/compare-charts";
import { CompareTable } from "@/components/compare/compare-table";
import { TolerancesForm } from "@/components/compare/tolerances-form";
import { getDb } from "@/lib/db";
import { requireProjectRole } from "@/server/auth/page-viewer";
import { getComparison, ZCompareIds } from "@/server/reports/compare-data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare runs" };

/** The runs' project roles; any run the viewer may not read makes the page not found. */
async function authorizeRuns(ids: string[]) {
  const roles = [];
  for (const id of ids) {
    try {
      const run = await getRunById(getDb(), id);
      roles.push(await requireProjectRole(run.projectId));
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }
  }
  return roles;
}

/** `/runs/compare?ids=a,b,c`: 2–5 runs side by side, the first (or the baseline, placed first) the reference. */
/** What the page says instead of a comparison it cannot make. */
function CannotCompare({ reason }: { reason: string }) {
  return (
    <>
      <PageHeader title="Compare runs" />
      <Card>
        <p role="alert" className="px-4 py-6 text-sm text-slate-700">
          Cannot compare: {reason}. Tick 2 to 5 ended runs in the{" "}
          <Link href="/runs" className="text-blue-600 hover:underline">
            run list
          </Link>{" "}
          and press Compare.
        </p>
      </Card>
    </>
  );
}

async function compare(ids: string[]) {
  try {
    return await getComparison(getDb(), ids);
  } catch (error) {
    if (error instanceof ConflictError) return error.message;
    throw error;
  }
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<{ ids?: string }> }) {
  const parsed = ZCompareIds.safeParse((await searchParams).ids ?? "");
  if (!parsed.success) return <CannotCompare reason={parsed.error.issues[0]?.message ?? "give 2 to 5 run ids"} />;
  const roles = await authorizeRuns(parsed.data);
  const comparison = await compare(parsed.data);
  if (typeof comparison === "string") return <CannotCompare reason={comparison} />;
  const reference = roles[0]!;
  return (
    <>
      <nav className="mb-2 text-sm text-slate-500">
        <Link href="/runs" className="hover:underline">
          Runs
        </Link>{" "}
        / compare
      </nav>
      <PageHeader
        title="Compare runs"
        subtitle="Change against the first run; APIs matched by name. Red: beyond the project's tolerances."
      />
      <div className="space-y-4" data-testid="comparison">
        <CompareTable runs={comparison.runs} rows={comparison.rows} />
        <CompareCharts runs={comparison.runs} />
        <Card title="Regression tolerances">
          <TolerancesForm
            projectId={reference.id}
            tolerances={comparison.tolerances}
            canEdit={roleAllows(reference.role, "admin")}
          />
        </Card>
      </div>
    </>
  );
}
