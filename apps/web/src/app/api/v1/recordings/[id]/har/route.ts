import { authed } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";
import { findRecording } from "@/server/recordings/find-recording";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** What the recording captured so far, as a HAR 1.2 document (the import reads it as any HAR). */
export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  const { session } = await findRecording(actor, id, "read");
  return Response.json(session.recorder.toHar(), {
    headers: { "Content-Disposition": `attachment; filename="recording-${id.slice(0, 8)}.har"` },
  });
});
