import { findTextIssue } from "@stampede/contracts";
import { BadRequestError, PayloadTooLargeError } from "./errors";
import { readLimitedBody } from "./read-limited-body";

/**
 * The most a JSON body may be. A scenario at every cap of the contracts fits well inside; anything larger is
 * refused before it is parsed, so a huge body costs neither memory nor an event-loop stall.
 */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * The request body as JSON, or undefined when the body is empty (some endpoints give that a meaning).
 * Over `limit` bytes → 413 (a declared Content-Length over it before a byte is read); not UTF-8, not JSON,
 * or a NUL / lone surrogate in any key or string → 400 naming the field.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const body = await readLimitedBody(request, limit);
  if (body.tooLarge) throw new PayloadTooLargeError(limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
  } catch {
    throw new BadRequestError(["body: not valid UTF-8"]);
  }
  if (text.trim() === "") return undefined;
  let document: unknown;
  try {
    document = JSON.parse(text) as unknown;
  } catch {
    throw new BadRequestError(["body: not valid JSON"]);
  }
  const issue = findTextIssue(document);
  if (issue) throw new BadRequestError([`${issue.path || "body"}: ${issue.message}`]);
  return document;
}

/** The JSON body of an endpoint that needs one. */
export async function readRequiredJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const body = await readJsonBody(request, limit);
  if (body === undefined) throw new BadRequestError(["body: a JSON body is required"]);
  return body;
}
