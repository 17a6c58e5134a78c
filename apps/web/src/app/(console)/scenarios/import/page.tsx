import type { Metadata } from "next";
import { PageHeader } from "@/components/card";
import { ImportPage } from "@/components/import/import-page";
import { requireProject } from "@/server/auth/page-viewer";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import requests" };

/**
 * HAR, cURL, Postman, OpenAPI and JMeter into a scenario; `?recording=<id>` previews a recording, and
 * `?scenario=<id>&flow=<name>` (the editor's "Append requests") targets that flow.
 */
export default async function ImportRequestsPage({
  searchParams,
}: {
  searchParams: Promise<{ recording?: string; scenario?: string; flow?: string }>;
}) {
  await requireProject("edit");
  const { recording, scenario, flow } = await searchParams;
  const appendTo = scenario && flow ? { scenarioId: scenario, flow } : undefined;
  return (
    <>
      <PageHeader
        title="Import requests"
        subtitle="HAR, cURL, Postman collections, OpenAPI and Swagger documents, JMeter test plans, or a recording."
      />
      <ImportPage recording={recording?.trim() || undefined} appendTo={appendTo} />
    </>
  );
}
