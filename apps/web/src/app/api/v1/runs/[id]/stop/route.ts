import { getDb } from "@/lib/db";
import { getRunChannel, getRunControlQueue } from "@/lib/redis";
import { withErrors } from "@/server/http/errors";
import type { IdRouteContext } from "@/server/http/route-params";
import { stopRun } from "@/server/runs/stop-run";

export const dynamic = "force-dynamic";

/** 202: a RUNNING run is only asked to stop; its controller finishes it and the stream reports STOPPED. */
export const POST = withErrors(async (_request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const status = await stopRun(getDb(), getRunControlQueue(), getRunChannel(id));
  return Response.json({ status }, { status: 202 });
});
