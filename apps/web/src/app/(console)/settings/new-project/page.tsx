import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/card";
import { NewProjectForm } from "@/components/settings/new-project-form";
import { requireViewer } from "@/server/auth/page-viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New project" };

/** Any logged-in user may make a project (the console layout has already required the session). */
export default async function NewProjectPage() {
  const viewer = await requireViewer();
  return (
    <>
      <PageHeader
        title="New project"
        subtitle={
          viewer.project
            ? "You will be its admin."
            : "You are not a member of any project yet: make one (you will be its admin), or ask a project admin to add you."
        }
      />
      <Card className="max-w-lg">
        <NewProjectForm />
      </Card>
    </>
  );
}
