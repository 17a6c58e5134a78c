import type { Metadata } from "next";
import Link from "next/link";
import { findScenarios } from "@stampede/db";
import { Card, PageHeader } from "@/components/card";
import { DeleteScenarioButton } from "@/components/editor/list/delete-scenario-button";
import { DuplicateScenarioButton } from "@/components/editor/list/duplicate-scenario-button";
import { ExportScenarioLink } from "@/components/editor/list/export-scenario-link";
import { ImportScenarioButton } from "@/components/editor/list/import-scenario-button";
import { StartRunButton } from "@/components/start-run/start-run-button";
import { StatusBadge } from "@/components/status-badge";
import { EmptyState, Table, Td, Th } from "@/components/table";
import { getDb } from "@/lib/db";
import { formatAgo, formatDateTime } from "@/lib/format";
import { describeLoad, loadDefaults } from "@/lib/load-defaults";
import { countSteps, readSpec } from "@/lib/scenario-spec";
import { requireProject } from "@/server/auth/page-viewer";
import { IfCan } from "@/components/viewer-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage({ searchParams }: { searchParams: Promise<{ search?: string }> }) {
  const search = (await searchParams).search?.trim() || undefined;
  const project = await requireProject();
  const scenarios = await findScenarios(getDb(), { projectId: project.id, search });
  const now = new Date();

  return (
    <>
      <PageHeader
        title="Scenarios"
        subtitle="Multi-step API flows you can put under load."
        actions={
          <IfCan permission="edit">
            <ImportScenarioButton />
            <Link
              href="/scenarios/import"
              className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-blue-400 focus-visible:outline-none"
            >
              Import HAR, cURL, Postman, OpenAPI, JMeter
            </Link>
            <Link
              href="/scenarios/new"
              className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-blue-700 focus-visible:ring-2 focus-visible:ring-blue-400 focus-visible:outline-none"
            >
              New scenario
            </Link>
          </IfCan>
        }
      />
      <Card
        title={`${scenarios.length} scenario${scenarios.length === 1 ? "" : "s"}`}
        actions={
          <form className="flex gap-2" action="/scenarios" role="search">
            <input
              name="search"
              type="search"
              defaultValue={search}
              placeholder="Search by name"
              aria-label="Search scenarios"
              className="w-56 rounded-md border border-slate-300 px-2 py-1 text-sm focus:border-blue-500 focus:ring-2 focus:ring-blue-200 focus:outline-none"
            />
            <button
              type="submit"
              className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50"
            >
              Search
            </button>
          </form>
        }
      >
        {scenarios.length === 0 ? (
          <EmptyState>
            {search
              ? `No scenario matches "${search}".`
              : "No scenarios yet. Create one with New scenario, or import an exported file."}
          </EmptyState>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>Name</Th>
                <Th className="text-right">Steps</Th>
                <Th>Saved load</Th>
                <Th>Last run</Th>
                <Th>Updated</Th>
                <Th className="text-right">Actions</Th>
              </tr>
            </thead>
            <tbody>
              {scenarios.map((scenario) => {
                const steps = countSteps(readSpec(scenario.spec));
                const saved = loadDefaults(scenario.load);
                const hasSavedLoad = scenario.load !== null;
                return (
                  <tr key={scenario.id} className="hover:bg-slate-50">
                    <Td>
                      <Link
                        href={`/scenarios/${scenario.id}`}
                        className="font-medium text-slate-900 hover:text-blue-600"
                      >
                        {scenario.name}
                      </Link>
                      {scenario.description && (
                        <p className="max-w-[14rem] truncate text-xs text-slate-500" title={scenario.description}>
                          {scenario.description}
                        </p>
                      )}
                    </Td>
                    <Td className="text-right tabular-nums">{steps ?? "—"}</Td>
                    <Td className="whitespace-nowrap text-slate-600">{hasSavedLoad ? describeLoad(saved) : "—"}</Td>
                    <Td className="whitespace-nowrap">
                      {scenario.lastRun ? (
                        <Link href={`/runs/${scenario.lastRun.id}`} className="flex items-center gap-2 hover:underline">
                          <StatusBadge status={scenario.lastRun.status} />
                          <span className="text-xs text-slate-500" title={formatDateTime(scenario.lastRun.createdAt)}>
                            {formatAgo(scenario.lastRun.createdAt, now)}
                          </span>
                        </Link>
                      ) : (
                        <span className="text-xs text-slate-400">Never run</span>
                      )}
                    </Td>
                    <Td className="whitespace-nowrap text-slate-600" title={formatDateTime(scenario.updatedAt)}>
                      {formatAgo(scenario.updatedAt, now)}
                    </Td>
                    <Td className="text-right">
                      <div className="flex items-center justify-end gap-2.5 whitespace-nowrap">
                        <IfCan permission="edit">
                          <Link
                            href={`/scenarios/${scenario.id}/edit`}
                            aria-label={`Edit ${scenario.name}`}
                            className="text-sm text-slate-600 hover:text-blue-600"
                          >
                            Edit
                          </Link>
                          <DuplicateScenarioButton scenarioId={scenario.id} scenarioName={scenario.name} />
                        </IfCan>
                        <ExportScenarioLink scenarioId={scenario.id} scenarioName={scenario.name} />
                        <IfCan permission="edit">
                          <DeleteScenarioButton scenarioId={scenario.id} scenarioName={scenario.name} />
                        </IfCan>
                        <IfCan permission="run">
                          <StartRunButton scenarioId={scenario.id} scenarioName={scenario.name} defaults={saved} />
                        </IfCan>
                      </div>
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
