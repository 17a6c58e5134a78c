import { recordAudit } from "@/server/audit/record-audit";
import { authed, authorize, requestProject } from "@/server/auth/route";
import { readRequiredJsonBody } from "@/server/http/read-body";
import { toRecordingDto } from "@/server/recordings/recording-dto";
import { ZRecordingInput } from "@/server/recordings/recording-input";
import { runningRecording } from "@/server/recordings/recording-sessions";
import { startRecording } from "@/server/recordings/start-recording";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The project's running recording, if any (`{ recording: null }` when none), so a reloaded page finds it again. */
export const GET = authed(async (request: Request, _context: unknown, actor) => {
  const access = await authorize(actor, await requestProject(request, actor), "read");
  const running = runningRecording(access.projectId);
  return Response.json({ recording: running ? toRecordingDto(running) : null });
});

/** Starts the project's recording proxy on 127.0.0.1: `{ hosts, port? }` → 201 with its id and port. */
export const POST = authed(async (request: Request, _context: unknown, actor) => {
  const access = await authorize(actor, await requestProject(request, actor), "edit");
  const input = ZRecordingInput.parse(await readRequiredJsonBody(request));
  const session = await startRecording(access.projectId, input, actor.label);
  await recordAudit(access, "recording.start", { type: "recording", id: session.id }, { hosts: input.hosts });
  return Response.json(toRecordingDto(session), { status: 201 });
});
