import { authed } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";
import { findRecording } from "@/server/recordings/find-recording";
import { openRecordingEvents } from "@/server/recordings/recording-events";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Captured requests as Server-Sent Events: `backlog`, then `request` per capture, then `stopped`. */
export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const { session } = await findRecording(actor, id, "read");
  return new Response(openRecordingEvents(session, request.signal), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps Next's gzip (and proxies) from buffering the stream.
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
