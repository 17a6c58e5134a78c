import type { Metadata } from "next";
import { ScenarioEditor } from "@/components/editor/scenario-editor";
import { requireProject } from "@/server/auth/page-viewer";

export const metadata: Metadata = { title: "New scenario" };

/** A blank scenario: one flow with one empty API. Data files can be added once it is saved. */
export default async function NewScenarioPage() {
  await requireProject("edit");
  return <ScenarioEditor initial={null} />;
}
