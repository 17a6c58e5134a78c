import type { Metadata } from "next";
import { PageHeader } from "@/components/card";
import { RecordPanel } from "@/components/record/record-panel";
import { getEnv } from "@/lib/env";
import { requireProject } from "@/server/auth/page-viewer";
import { toRecordingDto } from "@/server/recordings/recording-dto";
import { runningRecording } from "@/server/recordings/recording-sessions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Record" };

/** The recording proxy: choose hosts, start, browse through it, watch requests arrive, stop into the import. */
export default async function RecordPage() {
  const project = await requireProject("edit");
  const demoTarget = getEnv().DEMO_TARGET_URL;
  const running = runningRecording(project.id);
  return (
    <>
      <PageHeader
        title="Record"
        subtitle="A proxy on the console's machine captures the requests a browser or an app sends to the hosts you choose; stop it to import them as a scenario."
      />
      <RecordPanel
        defaultHosts={demoTarget ? new URL(demoTarget).host : "127.0.0.1:4010"}
        running={running ? toRecordingDto(running) : null}
      />
    </>
  );
}
