import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/card";
import { NewProjectForm } from "@/components/settings/new-project-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New project" };

/** Any logged-in user may make a project (the console layout has already required the session). */
export default function NewProjectPage() {
  return (
    <>
      <PageHeader title="New project" />
      <Card className="max-w-lg">
        <NewProjectForm />
      </Card>
    </>
  );
}
