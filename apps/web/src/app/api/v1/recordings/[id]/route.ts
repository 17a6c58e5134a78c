import { authed } from "@/server/auth/route";
import type { IdRouteContext } from "@/server/http/route-params";
import { findRecording } from "@/server/recordings/find-recording";
import { toRecordingDto } from "@/server/recordings/recording-dto";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = authed(async (_request: Request, { params }: IdRouteContext, actor) => {
  const { id } = await params;
  return Response.json(toRecordingDto((await findRecording(actor, id, "read")).session));
});
