import type { Metadata } from "next";
import { ScenarioEditor } from "@/components/editor/scenario-editor";

export const metadata: Metadata = { title: "New scenario" };

/** A blank scenario: one flow with one empty API. Data files can be added once it is saved. */
export default function NewScenarioPage() {
  return <ScenarioEditor initial={null} />;
}
