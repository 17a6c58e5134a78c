import { formatIssues } from "@stampede/contracts";
import { ConflictError, NotFoundError } from "@stampede/db";
import { RunInputError, UnavailableError } from "@stampede/runs";
import { z } from "zod";

/** A request the handler refuses before any domain call, with issues phrased like zod's (`path: message`). */
export class BadRequestError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join("; "));
    this.name = "BadRequestError";
  }
}

function json(status: number, body: unknown): Response {
  return Response.json(body, { status });
}

/** The one place domain and parsing errors become HTTP answers; everything else is a logged 500. */
export function errorResponse(error: unknown): Response {
  if (error instanceof z.ZodError) return json(400, { error: "invalid request", issues: formatIssues(error) });
  if (error instanceof BadRequestError) return json(400, { error: "invalid request", issues: error.issues });
  // The run lifecycle names no transport field; what it refuses came in the request body.
  if (error instanceof RunInputError)
    return json(400, { error: "invalid request", issues: [`body: ${error.message}`] });
  if (error instanceof NotFoundError) return json(404, { error: error.message });
  if (error instanceof ConflictError) return json(409, { error: error.message });
  if (error instanceof UnavailableError) return json(503, { error: error.message });
  // ioredis gives up on a command after its retries when Redis is down: a service outage, not a bug here.
  if (error instanceof Error && error.name === "MaxRetriesPerRequestError") {
    return json(503, { error: "Redis is unavailable; try again shortly" });
  }
  console.error("[api] unexpected error", error);
  return json(500, { error: "internal error" });
}

/** Wraps a route handler so any thrown error goes through errorResponse. */
export function withErrors<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
