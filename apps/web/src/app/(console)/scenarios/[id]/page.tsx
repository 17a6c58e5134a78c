import type { Metadata } from "next";
import Link from "next/link";
import { secretRowsOf } from "@stampede/contracts";
import { findRuns } from "@stampede/db";
import { Card, PageHeader } from "@/components/card";
import { RunsTable } from "@/components/runs-table";
import { ScenarioSteps } from "@/components/scenario-steps";
import { DeleteScenarioButton } from "@/components/editor/list/delete-scenario-button";
import { DuplicateScenarioButton } from "@/components/editor/list/duplicate-scenario-button";
import { ExportScenarioLink } from "@/components/editor/list/export-scenario-link";
import { ExportWithSecretsButton } from "@/components/editor/list/export-with-secrets-button";
import { StartRunButton } from "@/components/start-run/start-run-button";
import { getDb } from "@/lib/db";
import { getScenarioOrNotFound } from "@/server/scenarios/get-scenario-or-not-found";
import { formatDateTime } from "@/lib/format";
import { describeLoad, loadDefaults } from "@/lib/load-defaults";
import { toRunView } from "@/lib/run-view";
import { readSpec } from "@/lib/scenario-spec";
import { requireProjectRole } from "@/server/auth/page-viewer";
import { IfCan } from "@/components/viewer-context";
import { TrendsCard } from "@/components/trends/trends-card";
import { getTrends } from "@/server/trends/trends-data";
import { ScenarioSchedules } from "@/components/schedules/scenario-schedules";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Scenario" };

/** A scenario at a glance: its flows and steps, and its runs; Edit opens the editor. */
export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const scenario = await getScenarioOrNotFound(id);
  await requireProjectRole(scenario.projectId);
  const runs = await findRuns(getDb(), { scenarioId: id, take: 50 });
  const trends = await getTrends(getDb(), id);
  const spec = readSpec(scenario.spec);
  const defaults = loadDefaults(scenario.load);

  return (
    <>
      <nav className="mb-2 text-sm text-slate-500">
        <Link href="/scenarios" className="hover:underline">
          Scenarios
        </Link>{" "}
        / <span className="text-slate-700">{scenario.name}</span>
      </nav>
      <PageHeader
        title={scenario.name}
        subtitle={
          <>
            <p>{scenario.description || "No description."}</p>
            <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-400">
              <span>version {scenario.version}</span>
              <span>updated {formatDateTime(scenario.updatedAt)}</span>
              <span>saved load {scenario.load ? describeLoad(defaults) : "none"}</span>
            </p>
          </>
        }
        actions={
          <>
            <IfCan permission="edit">
              <DuplicateScenarioButton scenarioId={scenario.id} scenarioName={scenario.name} openCopy />
            </IfCan>
            <ExportScenarioLink scenarioId={scenario.id} scenarioName={scenario.name} />
            {(spec?.dataSources.length ?? 0) > 0 && (
              <ExportScenarioLink scenarioId={scenario.id} scenarioName={scenario.name} withData />
            )}
            {secretRowsOf(scenario.spec).length > 0 && (
              <ExportWithSecretsButton scenarioId={scenario.id} scenarioName={scenario.name} />
            )}
            <IfCan permission="edit">
              <DeleteScenarioButton scenarioId={scenario.id} scenarioName={scenario.name} afterDelete="list" />
              <Link
                href={`/scenarios/${scenario.id}/edit`}
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
              >
                Edit
              </Link>
            </IfCan>
            <IfCan permission="run">
              <StartRunButton scenarioId={scenario.id} scenarioName={scenario.name} defaults={defaults} />
            </IfCan>
          </>
        }
      />
      <div className="space-y-6">
        {spec ? (
          <ScenarioSteps spec={spec} />
        ) : (
          <Card title="Steps">
            <p className="p-4 text-sm text-red-700">This scenario&apos;s spec no longer validates; it cannot run.</p>
          </Card>
        )}
        <TrendsCard trends={trends} />
        <Card title="Runs">
          <RunsTable runs={runs.map(toRunView)} showScenario={false} now={new Date().toISOString()} />
        </Card>
        <ScenarioSchedules scenarioId={scenario.id} />
      </div>
    </>
  );
}
