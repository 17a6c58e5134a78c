import type { Metadata } from "next";
import { roleAllows } from "@stampede/contracts";
import { PageHeader } from "@/components/card";
import { NotificationChannelsCard } from "@/components/notifications/notification-channels-card";
import { AllowlistEditor } from "@/components/settings/allowlist-editor";
import { ApiKeysCard } from "@/components/settings/api-keys-card";
import { MembersCard } from "@/components/settings/members-card";
import { ProjectNameForm } from "@/components/settings/project-name-form";
import { StopConditionsCard } from "@/components/settings/stop-conditions-card";
import { loadProjectSettings } from "@/server/accounts/load-project-settings";
import { requireProject } from "@/server/auth/page-viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Project settings" };

/** The current project's name, members, API keys and target allowlist; only admins change them. */
export default async function SettingsPage() {
  const project = await requireProject("read");
  const isAdmin = roleAllows(project.role, "admin");
  const { members, apiKeys } = await loadProjectSettings(project.id, isAdmin);
  return (
    <>
      <PageHeader
        title="Project settings"
        subtitle={
          isAdmin ? project.name : `${project.name} — you are ${project.role.toLowerCase()}; only admins change these`
        }
      />
      <div className="space-y-6">
        <ProjectNameForm projectId={project.id} name={project.name} canEdit={isAdmin} />
        <MembersCard projectId={project.id} members={members} canEdit={isAdmin} />
        {apiKeys && <ApiKeysCard projectId={project.id} apiKeys={apiKeys} nowMs={Date.now()} />}
        <AllowlistEditor projectId={project.id} canEdit={isAdmin} />
        <StopConditionsCard projectId={project.id} canEdit={isAdmin} />
        {isAdmin && <NotificationChannelsCard projectId={project.id} />}
      </div>
    </>
  );
}
