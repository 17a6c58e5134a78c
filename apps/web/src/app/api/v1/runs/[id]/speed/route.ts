import { getDb } from "@/lib/db";
import { getRunChannel } from "@/lib/redis";
import { withErrors } from "@/server/http/errors";
import { readJsonBody } from "@/server/http/read-body";
import type { IdRouteContext } from "@/server/http/route-params";
import { changeRunSpeed } from "@/server/runs/change-run-speed";

export const dynamic = "force-dynamic";

/** 202 `{speed}`: body `{"vus": N}` (concurrency mode) or `{"rate": N}` (TPS mode). */
export const POST = withErrors(async (request: Request, { params }: IdRouteContext) => {
  const { id } = await params;
  const result = await changeRunSpeed(getDb(), getRunChannel(id), await readJsonBody(request));
  return Response.json(result, { status: 202 });
});
