import { ZLoadConfig, ZScenarioSpec, type TScenarioSpec } from "@stampede/contracts";
import type { Metadata } from "next";
import { Card } from "@/components/card";
import { ScenarioEditor } from "@/components/editor/scenario-editor";
import { getScenarioOrNotFound } from "@/server/scenarios/get-scenario-or-not-found";
import { requireProjectRole } from "@/server/auth/page-viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit scenario" };

/** The editor over a stored scenario; its spec is parsed here so the editor starts from complete fields. */
export default async function EditScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const scenario = await getScenarioOrNotFound(id);
  await requireProjectRole(scenario.projectId, "edit");
  const spec = ZScenarioSpec.safeParse(scenario.spec);
  if (!spec.success) {
    return (
      <Card title={scenario.name}>
        <p className="p-4 text-sm text-red-700">
          This scenario&apos;s stored spec no longer validates, so the editor cannot open it. Replace it with PUT
          /api/v1/scenarios/{id}.
        </p>
      </Card>
    );
  }
  const load = ZLoadConfig.safeParse(scenario.load);
  return (
    <ScenarioEditor
      initial={{
        id: scenario.id,
        name: scenario.name,
        description: scenario.description,
        spec: spec.data satisfies TScenarioSpec,
        load: load.success ? load.data : null,
      }}
    />
  );
}
