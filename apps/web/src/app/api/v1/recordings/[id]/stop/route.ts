import { recordAudit } from "@/server/audit/record-audit";
import { authed } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";
import { findRecording } from "@/server/recordings/find-recording";
import { toRecordingDto } from "@/server/recordings/recording-dto";
import { stopRecording } from "@/server/recordings/stop-recording";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Stops the proxy; what it captured stays available (`/har`) for an hour. Stopping twice answers the same. */
export const POST = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const { session, access } = await findRecording(actor, id, "edit");
  const wasRunning = !session.stoppedAt;
  await stopRecording(session);
  if (wasRunning) await recordAudit(access, "recording.stop", { type: "recording", id });
  return Response.json(toRecordingDto(session));
});
