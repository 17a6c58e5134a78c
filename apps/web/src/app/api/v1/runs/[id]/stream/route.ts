import { getDb } from "@/lib/db";
import type { IdRouteContext } from "@/server/http/route-params";
import { openRunStream } from "@/server/runs/run-stream";
import { lastEventIdOf } from "@/server/runs/sse";
import { authorizeRun } from "@/server/auth/authorize-resource";
import { authed } from "@/server/auth/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = authed(async (request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  await authorizeRun(actor, id, "read");
  const stream = await openRunStream(getDb(), id, request.signal, { lastEventId: lastEventIdOf(request) });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps Next's gzip (and proxies) from buffering the stream.
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
