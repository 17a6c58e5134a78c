import { formatIssues } from "@stampede/contracts";
import {
  ConflictError,
  InvalidInputError,
  isDatabaseUnavailable,
  NotFoundError,
  ScenarioVersionConflictError,
} from "@stampede/db";
import { isRedisUnavailable } from "@stampede/queue";
import { RunInputError, UnavailableError } from "@stampede/runs";
import { z } from "zod";
import { urlTextIssue } from "./url-text";

/** A request the handler refuses before any domain call, with issues phrased like zod's (`path: message`). */
export class BadRequestError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join("; "));
    this.name = "BadRequestError";
  }
}

/** A request body larger than the route accepts; answered 413 before any of it is parsed. */
export class PayloadTooLargeError extends Error {
  constructor(
    readonly limitBytes: number,
    what = "the request body",
  ) {
    super(`${what} is larger than ${describeBytes(limitBytes)} (${limitBytes} bytes), the most this endpoint accepts`);
    this.name = "PayloadTooLargeError";
  }
}

/** 1048576 → "1 MB": limits are powers of two, so whole MB or KB read best. */
export function describeBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (Number.isInteger(mb)) return `${mb} MB`;
  const kb = bytes / 1024;
  return Number.isInteger(kb) ? `${kb} KB` : `${bytes} bytes`;
}

/** No credentials, or ones that name nobody: 401. */
export class UnauthorizedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnauthorizedError";
  }
}

/** Credentials that may not do this (a role, a key's scope, a cross-site write): 403. */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

function json(status: number, body: unknown): Response {
  return Response.json(body, { status });
}

/** How long a client should wait before it tries again while a service is down. */
export const RETRY_AFTER_SECONDS = 5;

/** The body of a 503: which service is down and when to try again (also in the Retry-After header). */
export interface UnavailableBody {
  error: string;
  service: "postgres" | "redis";
  retryAfterSeconds: number;
}

function unavailable(service: UnavailableBody["service"], detail?: string): Response {
  const name = service === "postgres" ? "Postgres" : "Redis";
  const body: UnavailableBody = {
    error: `${name} is unavailable${detail ? ` (${detail})` : ""}; try again in ${RETRY_AFTER_SECONDS} s`,
    service,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  };
  return Response.json(body, { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } });
}

/** The body of a 409 for a stale save: enough for the editor to say who changed the scenario and when. */
export interface ScenarioConflictBody {
  error: string;
  currentVersion: number;
  updatedBy: string | null;
  updatedAt: string;
}

function scenarioConflictBody(error: ScenarioVersionConflictError): ScenarioConflictBody {
  const { version, updatedBy, updatedAt } = error.current;
  return { error: error.message, currentVersion: version, updatedBy, updatedAt: updatedAt.toISOString() };
}

/**
 * The one place domain and parsing errors become HTTP answers; Postgres or Redis down is a 503 naming the
 * service with a Retry-After; everything else is a logged 500.
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof z.ZodError) return json(400, { error: "invalid request", issues: formatIssues(error) });
  if (error instanceof BadRequestError || error instanceof InvalidInputError)
    return json(400, { error: "invalid request", issues: error.issues });
  // The run lifecycle names no transport field; what it refuses came in the request body.
  if (error instanceof RunInputError)
    return json(400, { error: "invalid request", issues: error.issues ?? [`body: ${error.message}`] });
  if (error instanceof UnauthorizedError)
    return Response.json({ error: error.message }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
  if (error instanceof ForbiddenError) return json(403, { error: error.message });
  if (error instanceof PayloadTooLargeError) return json(413, { error: error.message, limitBytes: error.limitBytes });
  if (error instanceof NotFoundError) return json(404, { error: error.message });
  if (error instanceof ScenarioVersionConflictError) return json(409, scenarioConflictBody(error));
  if (error instanceof ConflictError) return json(409, { error: error.message });
  // A service being down is an outage, not a bug here: the client hears which one and when to try again.
  if (error instanceof UnavailableError) return unavailable(error.service, error.message);
  if (isDatabaseUnavailable(error)) return unavailable("postgres");
  if (isRedisUnavailable(error)) return unavailable("redis");
  console.error("[api] unexpected error", error);
  return json(500, { error: "internal error" });
}

/** 400 naming the query parameter or path segment of the request's URL that holds a NUL or bad encoding. */
export function refuseUnsafeUrl(request: Request): void {
  const urlIssue = urlTextIssue(new URL(request.url));
  if (urlIssue) throw new BadRequestError([urlIssue]);
}

/**
 * Wraps a route handler so any thrown error goes through errorResponse. A URL whose query or path holds text
 * no handler could store (a NUL) is refused here, once for every route.
 */
export function withErrors<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      refuseUnsafeUrl(request);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
